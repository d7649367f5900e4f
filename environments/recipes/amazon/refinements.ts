import type { RecipeNode } from '../../simplify/recipe-schema.js'

/**
 * The filter column: a group per `ul[id^="filter-"]`, named after the heading just before it (a range
 * panel such as Price holds its heading one level down), an option per navigation link.
 */
export const refinements: RecipeNode = {
  selector: '#s-refinements',
  first: true,
  name: { kind: 'fixed', word: 'refinements' },
  tag: 'div',
  keep: [],
  children: [
    {
      selector: 'ul[id^="filter-"]',
      name: {
        kind: 'slug',
        from: [{ relation: 'previous-sibling', of: '[role="heading"], .sf-refinement-heading' }],
      },
      tag: 'div',
      keep: [],
      children: [
        {
          selector: 'li a.s-navigation-item',
          name: { kind: 'slug', from: [{ of: 'span.a-size-base.a-color-base, .a-icon-alt' }, {}] },
          kind: 'clickable',
          semanticClass: 'refinement',
          keep: ['href', 'aria-label'],
          splitMarker: true,
        },
      ],
    },
  ],
}

/** Sort order: a select, so `refinements_toolbar.sort_by.open_drop_down_list` and one name per order. */
export const sortBy: RecipeNode = {
  selector: 'select#s-result-sort-select',
  global: true,
  first: true,
  name: { kind: 'fixed', word: 'refinements_toolbar.sort_by' },
  kind: 'select',
  keep: ['aria-label'],
}

/** `pagination.<n>`, `pagination.previous`, `pagination.next` (the ellipsis is not a control). */
export const pagination: RecipeNode = {
  selector: '.s-pagination-strip',
  first: true,
  name: { kind: 'fixed', word: 'pagination' },
  tag: 'div',
  keep: [],
  children: [
    {
      selector: '.s-pagination-item:not(.s-pagination-ellipsis)',
      name: { kind: 'slug' },
      kind: 'clickable',
      keep: ['href', 'aria-label'],
      selectedWhen: '.s-pagination-selected',
    },
  ],
}

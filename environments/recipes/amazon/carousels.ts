import type { RecipeNode } from '../../simplify/recipe-schema.js'

/**
 * Product carousels ("Customers frequently viewed", ...): named after their aria-label, a card per
 * product named after its image's alt text (the product title), and the two arrows.
 */
export const productCarousels: RecipeNode = {
  selector: '.a-carousel-container[aria-label]:has(.a-carousel-card [data-asin])',
  name: { kind: 'slug', from: [{ attribute: 'aria-label' }] },
  tag: 'div',
  keep: ['aria-label'],
  children: [
    {
      selector: 'li.a-carousel-card:has(img[alt]:not([alt=""]))',
      name: { kind: 'slug', from: [{ of: 'img', attribute: 'alt' }] },
      tag: 'div',
      keep: [],
      splitMarker: true,
      children: [
        {
          selector: 'a.a-link-normal[title]',
          first: true,
          name: { kind: 'fixed', word: 'product_title' },
          kind: 'clickable',
          semanticClass: 'product-name',
          keep: ['title', 'href'],
        },
        {
          selector: 'img',
          first: true,
          name: { kind: 'fixed', word: 'product_image' },
          kind: 'clickable',
          keep: ['alt'],
        },
      ],
    },
    {
      selector: '.a-carousel-goto-prevpage',
      first: true,
      name: { kind: 'fixed', word: 'carousel_prev_slide' },
      kind: 'clickable',
      keep: ['role', 'aria-label'],
    },
    {
      selector: '.a-carousel-goto-nextpage',
      first: true,
      name: { kind: 'fixed', word: 'carousel_next_slide' },
      kind: 'clickable',
      keep: ['role', 'aria-label'],
    },
  ],
}

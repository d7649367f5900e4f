import { DIMENSION_LABELS, OPTION_DIMENSIONS } from '../catalog/product.js'
import { urlSlug } from '../catalog/slug.js'
import type { FacetOption, Facets } from '../search/facets.js'
import type { SearchState } from '../search/search-state.js'
import { html, type SafeHtml } from './html.js'
import { searchStateInputs } from './search-state-inputs.js'
import { searchUrl, toggled } from './urls.js'

interface Group {
  /** amazon-style ids: the group div, its heading (`<key>-title`) and its list (`filter-<key>`). */
  id: string
  key: string
  heading: string
  options: FacetOption[]
  hrefFor: (option: FacetOption) => string
  checkboxes: boolean
  clearHref: string | undefined
  after?: SafeHtml
}

function optionItem(group: Group, option: FacetOption): SafeHtml {
  const checkbox = group.checkboxes
    ? html`<div class="a-checkbox s-navigation-checkbox"><label
        ><input type="checkbox" tabindex="-1" aria-hidden="true"${option.selected ? html` checked` : ''} /><i
          class="a-icon a-icon-checkbox"></i></label></div>`
    : ''
  const stars =
    group.key === 'p_72'
      ? html`<i class="a-icon a-icon-star-medium a-star-medium-${option.value}" aria-hidden="true"></i>`
      : ''
  return html`<li id="${group.key}/${urlSlug(option.value)}" class="a-spacing-micro"><span class="a-list-item"
  ><a class="a-link-normal s-navigation-item${option.selected ? ' s-navigation-item-selected' : ''}" role="link" href="${group.hrefFor(option)}"
    ${option.selected ? html`aria-current="true"` : ''}
    aria-label="${option.selected ? 'Remove' : 'Apply'} ${option.label} filter">${checkbox}${stars}<span class="a-size-base a-color-base">${option.label}</span></a
></span></li>`
}

function groupMarkup(group: Group): SafeHtml {
  if (group.options.length === 0) return html``
  return html`<div id="${group.id}" class="a-section a-spacing-none s-refinement-group" role="group" aria-labelledby="${group.key}-title">
  <div id="${group.key}-title" class="a-section a-spacing-small" role="heading" aria-level="2"
    ><span class="a-size-base a-color-base puis-bold-weight-text">${group.heading}</span></div>
  <ul id="filter-${group.key}" class="a-unordered-list a-nostyle a-vertical a-spacing-medium" aria-labelledby="${group.key}-title">
    ${group.options.map((option) => optionItem(group, option))}
  </ul>
  ${group.clearHref === undefined ? '' : html`<a class="a-link-normal s-navigation-clear-link" href="${group.clearHref}">Clear</a>`}
  ${group.after}
</div>`
}

/** The price range form: min and max in dollars, everything else about the search kept. */
function priceForm(state: SearchState): SafeHtml {
  const low = state.lowPriceCents === undefined ? '' : (state.lowPriceCents / 100).toFixed(2)
  const high = state.highPriceCents === undefined ? '' : (state.highPriceCents / 100).toFixed(2)
  return html`<form class="s-price-range-form" method="get" action="/s">
  ${searchStateInputs(state, ['price'])}
  <span class="a-input-text-wrapper"><input type="number" name="low-price" min="0" step="0.01" placeholder="$ Min" aria-label="Minimum price" value="${low}" /></span>
  <span class="a-input-text-wrapper"><input type="number" name="high-price" min="0" step="0.01" placeholder="$ Max" aria-label="Maximum price" value="${high}" /></span>
  <span class="a-button a-button-base"><input class="a-button-input s-price-go" type="submit" value="Go" aria-label="Go - Submit price range" /></span>
</form>`
}

/** amazon's `#s-refinements`: one group per refinement, each option a link that applies or removes it. */
export function refinementsPanel(state: SearchState, facets: Facets): SafeHtml {
  const groups: Group[] = [
    {
      id: 'departments',
      key: 'n',
      heading: 'Department',
      options: facets.departments,
      hrefFor: (o) => searchUrl(state, { department: o.selected ? undefined : o.value }),
      checkboxes: false,
      clearHref: state.department === undefined ? undefined : searchUrl(state, { department: undefined }),
    },
    {
      id: 'primeRefinements',
      key: 'p_76',
      heading: 'Delivery',
      options: facets.prime.count > 0 || facets.prime.selected ? [facets.prime] : [],
      hrefFor: (o) => searchUrl(state, { prime: !o.selected }),
      checkboxes: true,
      clearHref: undefined,
    },
    {
      id: 'reviewsRefinements',
      key: 'p_72',
      heading: 'Customer Reviews',
      options: facets.ratings,
      hrefFor: (o) => searchUrl(state, { minRating: o.selected ? undefined : Number(o.value) }),
      checkboxes: false,
      clearHref: state.minRating === undefined ? undefined : searchUrl(state, { minRating: undefined }),
    },
    {
      id: 'priceRefinements',
      key: 'p_36',
      heading: 'Price',
      options: facets.prices,
      hrefFor: (o) => {
        const bucket = facets.prices.find((p) => p.value === o.value)
        return o.selected
          ? searchUrl(state, { lowPriceCents: undefined, highPriceCents: undefined })
          : searchUrl(state, { lowPriceCents: bucket?.lowCents, highPriceCents: bucket?.highCents })
      },
      checkboxes: false,
      clearHref:
        state.lowPriceCents === undefined && state.highPriceCents === undefined
          ? undefined
          : searchUrl(state, { lowPriceCents: undefined, highPriceCents: undefined }),
      after: priceForm(state),
    },
    {
      id: 'brandsRefinements',
      key: 'p_123',
      heading: 'Brands',
      options: facets.brands,
      hrefFor: (o) => searchUrl(state, { brands: toggled(state.brands, o.value) }),
      checkboxes: true,
      clearHref: state.brands.length === 0 ? undefined : searchUrl(state, { brands: [] }),
    },
    ...OPTION_DIMENSIONS.map(
      (dimension): Group => ({
        id: `${dimension}Refinements`,
        key: `p_${dimension}`,
        heading: DIMENSION_LABELS[dimension],
        options: facets.options[dimension],
        hrefFor: (o) =>
          searchUrl(state, {
            options: { ...state.options, [dimension]: toggled(state.options[dimension], o.value) },
          }),
        checkboxes: true,
        clearHref:
          state.options[dimension].length === 0
            ? undefined
            : searchUrl(state, { options: { ...state.options, [dimension]: [] } }),
      }),
    ),
  ]
  return html`<div id="s-refinements" class="a-section a-spacing-none">
  <div id="s-refinements-a11y-summary" class="aok-offscreen">Filters</div>
  ${groups.map(groupMarkup)}
</div>`
}

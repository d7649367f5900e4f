import { el, fromText, type Node, named, page, splitList, text } from './html.js'
import { navBar, searchTermMeta } from './nav-bar.js'
import type { PageView } from './page-view.js'
import { type Product, productHref } from './products.js'

export interface Refinement {
  heading: string
  options: readonly string[]
}

export interface SearchPageInput {
  query: string
  cartCount: number
  /** 1-based page number; pages 1..pageCount are linked. */
  pageNumber: number
  pageCount: number
  departments: readonly string[]
  refinements: readonly Refinement[]
  results: readonly Product[]
}

const SEARCH_URL = 'https://www.amazon.com/s?URL_MASKED'

function refinements(input: SearchPageInput): Node {
  return named(
    'div',
    'refinements',
    {},
    named(
      'div',
      'departments',
      { text: 'Department' },
      ...input.departments.map((d) => fromText('a', d, { text: d })),
    ),
    ...input.refinements.map((group) =>
      fromText(
        'div',
        group.heading,
        {},
        text('span', group.heading, { class: 'refinement-title' }),
        ...group.options.map((option) =>
          fromText(
            'li',
            option,
            { text: option },
            el('input', { attrs: { type: 'checkbox', checked: 'false' } }),
          ),
        ),
      ),
    ),
  )
}

function resultCard(product: Product): Node {
  return fromText(
    'div',
    product.title,
    { class: 'search-result' },
    text('a', product.title, { name: 'product_name', class: 'product-name' }),
    text('div', 'Product Image', { name: 'product_image' }),
    el(
      'div',
      { class: 'product-review' },
      text('span', product.rating, { class: 'product-rating' }),
      text('span', `${product.ratings.replace(/ ratings$/, '')} reviews`, { class: 'product-rating-count' }),
    ),
    el('div', { class: 'product-price' }, text('span', product.price)),
    text('div', product.delivery, { class: 'product-delivery' }),
    text('button', 'Add to cart', { name: 'add_to_cart' }),
  )
}

function pagination({ pageNumber, pageCount }: SearchPageInput): Node {
  const items: Node[] = [
    text('span', 'Previous', { name: 'previous', attrs: { 'aria-label': 'Go to previous page' } }),
  ]
  for (let n = 1; n <= pageCount; n++) {
    items.push(
      n === pageNumber
        ? text('span', String(n), { name: String(n), attrs: { 'aria-label': `Current page, page ${n}` } })
        : text('a', String(n), { name: String(n), attrs: { 'aria-label': `Go to page ${n}` } }),
    )
  }
  items.push(text('a', 'Next', { name: 'next', attrs: { 'aria-label': 'Go to next page' } }))
  return named('span', 'pagination', {}, ...items)
}

/** A search results page (`/s`): refinements, result cards between split markers, pagination. */
export function searchPage(input: SearchPageInput): PageView {
  return {
    url: SEARCH_URL,
    html: page(
      navBar({ searchTerm: input.query, cartCount: input.cartCount }),
      refinements(input),
      named('div', 'search_results', {}, ...splitList(input.results.map(resultCard))),
      pagination(input),
    ),
    pageMeta: {
      ...searchTermMeta(input.query),
      'refinements.departments': input.departments.map((title) => ({
        title,
        selected: false,
        url: '/s?URL_MASKED',
      })),
      ...Object.fromEntries(
        input.refinements.map((group) => [
          `refinements.${group.heading.toLowerCase().replace(/ /g, '_')}`,
          group.options.map((title) => ({ title, selected: false, url: '/s?URL_MASKED' })),
        ]),
      ),
      search_results: input.results.map((p) => ({
        title: p.title,
        asin: p.asin,
        price: p.price,
        url: productHref(p.asin),
        delivery: p.delivery,
      })),
    },
  }
}

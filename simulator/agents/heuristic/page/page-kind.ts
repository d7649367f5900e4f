import { metaRecords } from './page-meta.js'
import type { PageView } from './read-page.js'

/** What kind of page the shopper is looking at, from its names and landmarks (the same on the store and amazon). */
export const PAGE_KINDS = [
  'home',
  'search',
  'product',
  'cart',
  'confirmation',
  'checkout',
  'order',
  'other',
] as const
export type PageKind = (typeof PAGE_KINDS)[number]

const PLACE_ORDER = new Set(['place_order', 'place_your_order'])

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}

function hasName(view: PageView, test: (name: string) => boolean): boolean {
  return view.elements.some((e) => test(e.name))
}

/** Ordered from the most specific landmark to the least: a product page can carry a cart side sheet. */
const RECOGNISERS: readonly (readonly [PageKind, (view: PageView) => boolean])[] = [
  [
    'checkout',
    (v) => hasName(v, (n) => PLACE_ORDER.has(lastSegment(n))) || /^\/(checkout|gp\/buy)/.test(v.path),
  ],
  ['order', (v) => /^\/(order|orders|gp\/css\/order)/.test(v.path)],
  [
    'confirmation',
    (v) =>
      /^\/cart\/(smart-wagon|add-to-cart)/.test(v.path) ||
      (hasName(v, (n) => n === 'go_to_cart') && !hasName(v, (n) => n.startsWith('active_item_list.'))),
  ],
  ['cart', (v) => hasName(v, (n) => n.startsWith('active_item_list.')) || /^\/(cart|gp\/cart)/.test(v.path)],
  [
    'product',
    (v) =>
      hasName(
        v,
        (n) =>
          n === 'product_title' ||
          n.startsWith('product_options.') ||
          (n.startsWith('buybox.') && lastSegment(n) === 'add_to_cart'),
      ) || metaRecords(v.pageMeta, 'product_details').length > 0,
  ],
  [
    'search',
    (v) =>
      hasName(v, (n) => /^(search_results|refinements|refinements_toolbar|pagination)\./.test(n)) ||
      /^\/s(\/|$)/.test(v.path) ||
      metaRecords(v.pageMeta, 'search_results').length > 0,
  ],
  ['home', (v) => v.path === '/' || metaRecords(v.pageMeta, 'promotion_items').length > 0],
]

export function pageKindOf(view: PageView): PageKind {
  return RECOGNISERS.find(([, test]) => test(view))?.[0] ?? 'other'
}

import type { Product } from '../catalog/product.js'
import type { SortKey } from './search-state.js'

type Ranked = { product: Product; rank: number }

/** Each sort order; ties keep the relevance order (rank), so every order is total and stable. */
const COMPARATORS = {
  relevanceblender: (a, b) => a.rank - b.rank,
  'price-asc-rank': (a, b) => a.product.priceCents - b.product.priceCents || a.rank - b.rank,
  'price-desc-rank': (a, b) => b.product.priceCents - a.product.priceCents || a.rank - b.rank,
  'review-rank': (a, b) =>
    b.product.rating - a.product.rating || b.product.ratingsCount - a.product.ratingsCount || a.rank - b.rank,
  'date-desc-rank': (a, b) => b.product.releaseDate.localeCompare(a.product.releaseDate) || a.rank - b.rank,
} satisfies Record<SortKey, (a: Ranked, b: Ranked) => number>

/** Products in relevance order, re-ordered by the chosen sort. */
export function sortProducts(relevanceOrder: readonly Product[], sort: SortKey): Product[] {
  if (sort === 'relevanceblender') return [...relevanceOrder]
  return relevanceOrder
    .map((product, rank) => ({ product, rank }))
    .sort(COMPARATORS[sort])
    .map((r) => r.product)
}

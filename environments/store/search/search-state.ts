import type { OptionDimension } from '../catalog/product.js'

/** amazon's `s=` values for the sort dropdown; relevanceblender is "Featured". */
export const SORT_KEYS = [
  'relevanceblender',
  'price-asc-rank',
  'price-desc-rank',
  'review-rank',
  'date-desc-rank',
] as const
export type SortKey = (typeof SORT_KEYS)[number]

export const SORT_LABELS = {
  relevanceblender: 'Featured',
  'price-asc-rank': 'Price: Low to High',
  'price-desc-rank': 'Price: High to Low',
  'review-rank': 'Avg. Customer Review',
  'date-desc-rank': 'Newest Arrivals',
} as const satisfies Record<SortKey, string>

/** A search page request after validation: keywords, refinements, sort and page. */
export interface SearchState {
  keywords: string
  department: string | undefined
  brands: string[]
  /** Option values to refine by, per dimension (any of them matches). */
  options: Record<OptionDimension, string[]>
  /** "4 Stars & Up" is 4. */
  minRating: number | undefined
  lowPriceCents: number | undefined
  highPriceCents: number | undefined
  prime: boolean
  sort: SortKey
  page: number
}

export const RESULTS_PER_PAGE = 16

export function emptySearchState(): SearchState {
  return {
    keywords: '',
    department: undefined,
    brands: [],
    options: { color: [], size: [], style: [] },
    minRating: undefined,
    lowPriceCents: undefined,
    highPriceCents: undefined,
    prime: false,
    sort: 'relevanceblender',
    page: 1,
  }
}

/** The option dimensions a product can have; also the query-string keys that select them (`?color=Red`). */
export const OPTION_DIMENSIONS = ['color', 'size', 'style'] as const
export type OptionDimension = (typeof OPTION_DIMENSIONS)[number]

export const DIMENSION_LABELS = {
  color: 'Color',
  size: 'Size',
  style: 'Style',
} as const satisfies Record<OptionDimension, string>

export interface OptionValue {
  /** As shown on the button and carried in the query string, e.g. "Navy Blue". */
  label: string
  /** Added to the product's base price when this value is selected (may be negative). */
  priceDeltaCents: number
  available: boolean
}

export interface ProductOption {
  dimension: OptionDimension
  values: OptionValue[]
}

/** A chosen value per dimension of the product, e.g. `{ color: 'Black', size: 'Large' }`. */
export type OptionSelection = Partial<Record<OptionDimension, string>>

export interface Review {
  id: string
  author: string
  stars: 1 | 2 | 3 | 4 | 5
  title: string
  body: string
  /** ISO date (YYYY-MM-DD). */
  date: string
  helpful: number
  verified: boolean
  /** The options the reviewer bought, as amazon prints them ("Color: Black"). */
  variant: OptionSelection
}

export interface Product {
  asin: string
  /** Position in the catalog; ties in ranking break on it so orders are stable. */
  index: number
  department: string
  /** The product type's head noun, e.g. "Portable Charger". */
  noun: string
  /** Other names of the product type ("Power Bank"); searched like the department name. */
  synonyms: readonly string[]
  brand: string
  title: string
  bullets: string[]
  /** Price before option price steps, in cents; see pricing.ts. */
  basePriceCents: number
  /** Price of the default selection (first available value of each option), in cents. */
  priceCents: number
  /** Struck-through list price of the default selection in cents, for items on a deal. */
  listPriceCents: number | undefined
  /** Average star rating, one decimal (e.g. 4.4). */
  rating: number
  ratingsCount: number
  /** Share of ratings per star, index 0 = 1 star ... index 4 = 5 stars; sums to 100. */
  histogram: [number, number, number, number, number]
  reviews: Review[]
  options: ProductOption[]
  prime: boolean
  /** Days from today until standard delivery. */
  deliveryDays: number
  /** ISO date the product was first available; `date-desc-rank` sorts on it. */
  releaseDate: string
  modelNumber: string
  /** For "bought in past month" and the featured order. */
  monthlySales: number
}

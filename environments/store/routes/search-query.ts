import { z } from 'zod'
import { OPTION_DIMENSIONS } from '../catalog/product.js'
import { dollarsParam, enumParam, intParam, manyParam, optional, textParam } from '../http/params.js'
import { SORT_KEYS } from '../search/search-state.js'

export const MAX_QUERY_LENGTH = 200
export const MAX_PAGE = 10_000
export const MAX_PRICE_DOLLARS = 100_000

/**
 * The query string of `/s`. `k` is the search term (`field-keywords` is what the nav bar's search box
 * sends, as on amazon); department, brands, option values, rating, price range, Prime, sort and page refine it.
 */
export const SearchQuerySchema = z
  .object({
    k: optional(textParam('k', MAX_QUERY_LENGTH)),
    'field-keywords': optional(textParam('field-keywords', MAX_QUERY_LENGTH)),
    i: optional(textParam('i', 60)),
    brand: optional(manyParam('brand', 80)),
    ...Object.fromEntries(OPTION_DIMENSIONS.map((d) => [d, optional(manyParam(d, 80))])),
    rating: optional(intParam('rating', 1, 4)),
    'low-price': optional(dollarsParam('low-price', MAX_PRICE_DOLLARS)),
    'high-price': optional(dollarsParam('high-price', MAX_PRICE_DOLLARS)),
    prime: optional(enumParam('prime', ['0', '1'])),
    s: optional(enumParam('sort order', SORT_KEYS)),
    page: optional(intParam('page', 1, MAX_PAGE)),
  })
  .refine(
    (q) => q['low-price'] === undefined || q['high-price'] === undefined || q['low-price'] <= q['high-price'],
    {
      error: 'The minimum price is higher than the maximum price; swap them or clear one.',
    },
  )

export type SearchQuery = z.infer<typeof SearchQuerySchema> &
  Partial<Record<(typeof OPTION_DIMENSIONS)[number], string[]>>

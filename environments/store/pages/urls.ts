import { OPTION_DIMENSIONS, type OptionSelection } from '../catalog/product.js'
import { urlSlug } from '../catalog/slug.js'
import type { PictureSize } from '../images/picture-size.js'
import type { SearchState } from '../search/search-state.js'

export function productUrl(
  asin: string,
  selection: OptionSelection = {},
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams()
  for (const dimension of OPTION_DIMENSIONS) {
    const value = selection[dimension]
    if (value !== undefined) params.set(dimension, value)
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value)
  const query = params.toString()
  return query === '' ? `/dp/${asin}` : `/dp/${asin}?${query}`
}

/**
 * `/images/<asin>._SS<size>_.jpg`, or `/images/<asin>-<colour slug>._SS<size>_.jpg` for a colour option's
 * picture: square, `size` pixels a side, as amazon serves each picture at the size it is shown (`_SS40_`,
 * `_AC_UL320_`). A page that shows a 220 px card asks for 220 px, so Chromium decodes and draws no more.
 */
export function imageUrl(asin: string, size: PictureSize, color?: string): string {
  const name = color === undefined ? asin : `${asin}-${urlSlug(color)}`
  return `/images/${name}._SS${size}_.jpg`
}

export function reviewsUrl(asin: string, page = 1, stars?: number): string {
  const params = new URLSearchParams()
  if (page > 1) params.set('page', String(page))
  if (stars !== undefined) params.set('stars', String(stars))
  const query = params.toString()
  return query === '' ? `/product-reviews/${asin}` : `/product-reviews/${asin}?${query}`
}

function dollars(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2)
}

/**
 * The canonical URL of a search state, parameters always in the same order so equal states give
 * equal links. Changing anything but the page goes back to page 1, as amazon does.
 */
export function searchUrl(state: SearchState, change: Partial<SearchState> = {}): string {
  const next: SearchState = { ...state, page: 1, ...change }
  const params = new URLSearchParams()
  params.set('k', next.keywords)
  if (next.department !== undefined) params.set('i', next.department)
  for (const brand of next.brands) params.append('brand', brand)
  for (const dimension of OPTION_DIMENSIONS)
    for (const value of next.options[dimension]) params.append(dimension, value)
  if (next.minRating !== undefined) params.set('rating', String(next.minRating))
  if (next.lowPriceCents !== undefined) params.set('low-price', dollars(next.lowPriceCents))
  if (next.highPriceCents !== undefined) params.set('high-price', dollars(next.highPriceCents))
  if (next.prime) params.set('prime', '1')
  if (next.sort !== 'relevanceblender') params.set('s', next.sort)
  if (next.page > 1) params.set('page', String(next.page))
  return `/s?${params.toString()}`
}

/** Adds a value to a multi-valued refinement, or removes it when it is already there. */
export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
}

/** A plain search link: keywords, optionally within a department or for one brand. */
export function searchUrlFor(keywords: string, department?: string, brand?: string): string {
  const params = new URLSearchParams({ k: keywords })
  if (department !== undefined) params.set('i', department)
  if (brand !== undefined) params.set('brand', brand)
  return `/s?${params.toString()}`
}

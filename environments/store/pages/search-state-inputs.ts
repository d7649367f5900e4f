import { OPTION_DIMENSIONS } from '../catalog/product.js'
import type { SearchState } from '../search/search-state.js'
import { html, type SafeHtml } from './html.js'

type StateKey = 'keywords' | 'department' | 'brands' | 'options' | 'minRating' | 'price' | 'prime' | 'sort'

/**
 * Hidden inputs that carry the current search into a GET form (sort dropdown, price range), so the
 * form changes one thing and keeps the rest, with no JavaScript.
 */
export function searchStateInputs(state: SearchState, omit: readonly StateKey[]): SafeHtml {
  const fields: Array<[string, string]> = []
  const keep = (key: StateKey) => !omit.includes(key)
  if (keep('keywords')) fields.push(['k', state.keywords])
  if (keep('department') && state.department !== undefined) fields.push(['i', state.department])
  if (keep('brands')) for (const brand of state.brands) fields.push(['brand', brand])
  if (keep('options'))
    for (const dimension of OPTION_DIMENSIONS)
      for (const value of state.options[dimension]) fields.push([dimension, value])
  if (keep('minRating') && state.minRating !== undefined) fields.push(['rating', String(state.minRating)])
  if (keep('price')) {
    if (state.lowPriceCents !== undefined) fields.push(['low-price', (state.lowPriceCents / 100).toFixed(2)])
    if (state.highPriceCents !== undefined)
      fields.push(['high-price', (state.highPriceCents / 100).toFixed(2)])
  }
  if (keep('prime') && state.prime) fields.push(['prime', '1'])
  if (keep('sort') && state.sort !== 'relevanceblender') fields.push(['s', state.sort])
  return html`${fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}`
}

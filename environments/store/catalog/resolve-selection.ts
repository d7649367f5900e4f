import { completeSelection } from './pricing.js'
import { DIMENSION_LABELS, OPTION_DIMENSIONS, type OptionSelection, type Product } from './product.js'

export type SelectionResult =
  | { kind: 'ok'; selection: OptionSelection }
  | { kind: 'invalid'; message: string }

/**
 * Checks the option values a shopper asked for (`?color=Red`) against the product and fills in the
 * rest with defaults. A dimension the product does not have, or a value it does not offer, is refused.
 */
export function resolveSelection(product: Product, chosen: OptionSelection): SelectionResult {
  for (const dimension of OPTION_DIMENSIONS) {
    const label = chosen[dimension]
    if (label === undefined) continue
    const option = product.options.find((o) => o.dimension === dimension)
    const name = DIMENSION_LABELS[dimension].toLowerCase()
    if (!option) return { kind: 'invalid', message: `This product has no ${name} option.` }
    if (!option.values.some((v) => v.label === label))
      return {
        kind: 'invalid',
        message: `"${label}" is not a ${name} of this product; choose one of: ${option.values.map((v) => v.label).join(', ')}.`,
      }
  }
  return { kind: 'ok', selection: completeSelection(product, chosen) }
}

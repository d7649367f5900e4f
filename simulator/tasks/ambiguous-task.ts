import { productAttributes } from './product-attributes.js'
import { intentOf, targetOf, type VariantMaker } from './task-parts.js'

/** An underspecified intent is only ambiguous when at least this many products satisfy it. */
export const MIN_AMBIGUOUS_MATCHES = 3

/** A product type and one attribute, no options and no budget: several products satisfy it. */
export const makeAmbiguousTask: VariantMaker = ({ catalog, random }) => {
  const product = random.pick(catalog.products)
  const attributes = productAttributes(product)
  if (attributes.length === 0) return undefined
  const spec = { productType: product.noun, attributes: [random.pick(attributes)], options: {} }
  const target = targetOf(catalog, spec)
  if (target.productIds.length < MIN_AMBIGUOUS_MATCHES) return undefined
  return { variant: 'ambiguous', intent: intentOf(spec), target }
}

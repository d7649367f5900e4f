import type { Catalog } from '../../environments/store/catalog/catalog.js'
import { priceOf } from '../../environments/store/catalog/pricing.js'
import {
  OPTION_DIMENSIONS,
  type OptionDimension,
  type OptionSelection,
  type Product,
} from '../../environments/store/catalog/product.js'
import { productAttributes } from './product-attributes.js'

/** What a task asks for, in the terms the catalog can check. Prices are in dollars. */
export interface ProductSpec {
  productType: string
  attributes: readonly string[]
  options: Readonly<Record<string, string>>
  priceLimit?: number | undefined
}

const attributeCache = new WeakMap<Product, ReadonlySet<string>>()

function attributeSet(product: Product): ReadonlySet<string> {
  let set = attributeCache.get(product)
  if (!set) {
    set = new Set(productAttributes(product).map((a) => a.toLowerCase()))
    attributeCache.set(product, set)
  }
  return set
}

const isDimension = (key: string): key is OptionDimension =>
  (OPTION_DIMENSIONS as readonly string[]).includes(key)

/**
 * The cheapest in-stock selection that keeps the chosen values: each dimension left open takes its cheapest
 * available value (price steps add up, so choosing per dimension is optimal). Undefined when a chosen value
 * is not offered or out of stock.
 */
export function cheapestSelection(
  product: Product,
  chosen: Readonly<Record<string, string>>,
): { selection: OptionSelection; priceCents: number } | undefined {
  if (!Object.keys(chosen).every(isDimension)) return undefined
  const selection: OptionSelection = {}
  for (const option of product.options) {
    const wanted = chosen[option.dimension]
    const candidates = option.values.filter(
      (v) => v.available && (wanted === undefined || v.label.toLowerCase() === wanted.toLowerCase()),
    )
    const cheapest = candidates.reduce<(typeof candidates)[number] | undefined>(
      (best, v) => (best === undefined || v.priceDeltaCents < best.priceDeltaCents ? v : best),
      undefined,
    )
    if (!cheapest) return undefined
    selection[option.dimension] = cheapest.label
  }
  // A chosen dimension the product does not have is a different product.
  if (Object.keys(chosen).some((key) => !product.options.some((o) => o.dimension === key))) return undefined
  return { selection, priceCents: priceOf(product, selection) }
}

/** Whether the product, with some in-stock choice of the options left open, is what the spec asks for. */
export function satisfies(product: Product, spec: ProductSpec): boolean {
  if (product.noun.toLowerCase() !== spec.productType.toLowerCase()) return false
  const attributes = attributeSet(product)
  if (!spec.attributes.every((a) => attributes.has(a.toLowerCase()))) return false
  const cheapest = cheapestSelection(product, spec.options)
  if (!cheapest) return false
  return spec.priceLimit === undefined || cheapest.priceCents <= Math.round(spec.priceLimit * 100)
}

/** Every product of the catalog that satisfies the spec, in catalog order. */
export function matchingProducts(catalog: Catalog, spec: ProductSpec): Product[] {
  return catalog.products.filter((product) => satisfies(product, spec))
}

import type { Catalog } from '../../environments/store/catalog/catalog.js'
import type { Product } from '../../environments/store/catalog/product.js'
import type { SeededRandom } from '../../traces/seeded-random.js'
import { cheapestSelection, type ProductSpec, satisfies } from './match-products.js'
import { productAttributes } from './product-attributes.js'
import { budgetAbove, intentOf, randomOptions, targetOf, type VariantMaker } from './task-parts.js'

/** Every way to pick `size` of the items, in order. */
function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]]
  return items.flatMap((item, i) => combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]))
}

/**
 * A specific product's type, every option, a budget above its price, and the two or three of its attributes
 * that single it out best (fewest other products of its type satisfy them; ties drawn at random).
 */
export function clearSpec(catalog: Catalog, product: Product, random: SeededRandom): ProductSpec | undefined {
  const attributes = productAttributes(product)
  const options = randomOptions(product, random)
  const chosen = cheapestSelection(product, options)
  if (attributes.length === 0 || !chosen) return undefined
  const base = { productType: product.noun, options, priceLimit: budgetAbove(chosen.priceCents, random) }
  const sameType = catalog.products.filter((p) => p.noun === product.noun)
  const ranked = [2, 3]
    .flatMap((size) => combinations(attributes, Math.min(size, attributes.length)))
    .map((picked) => ({
      picked,
      matches: sameType.filter((p) => satisfies(p, { ...base, attributes: picked })).length,
    }))
  const fewest = Math.min(...ranked.map((r) => r.matches))
  const best = random.pick(ranked.filter((r) => r.matches === fewest))
  return { ...base, attributes: best.picked }
}

export const makeClearTask: VariantMaker = ({ catalog, random }) => {
  const spec = clearSpec(catalog, random.pick(catalog.products), random)
  if (!spec) return undefined
  return { variant: 'clear', intent: intentOf(spec), target: targetOf(catalog, spec) }
}

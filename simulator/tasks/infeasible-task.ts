import type { Catalog } from '../../environments/store/catalog/catalog.js'
import type { Product } from '../../environments/store/catalog/product.js'
import type { SeededRandom } from '../../traces/seeded-random.js'
import { cheapestSelection, matchingProducts, type ProductSpec } from './match-products.js'
import { attributeVocabulary, productAttributes } from './product-attributes.js'
import { intentOf, targetOf, type VariantMaker } from './task-parts.js'

const PAIR_TRIES = 12

interface InfeasibleContext {
  catalog: Catalog
  product: Product
  random: SeededRandom
}

/** Ways to ask for something the catalog does not sell; each is verified against the catalog afterwards. */
const IMPOSSIBLE = {
  /** Real attributes of a real product, with a budget below the cheapest product that has them. */
  price: ({ catalog, product, random }: InfeasibleContext): ProductSpec | undefined => {
    const spec = {
      productType: product.noun,
      attributes: random.sample(productAttributes(product), random.int(1, 2)),
      options: {},
    }
    const cheapest = Math.min(
      ...matchingProducts(catalog, spec).map((p) => cheapestSelection(p, {})?.priceCents ?? 0),
    )
    // Between 30% and 60% of the cheapest price, in whole dollars; a $1 budget is the least a person names.
    const budget = Math.max(1, Math.floor((cheapest * (0.3 + random.next() * 0.3)) / 100))
    return budget * 100 < cheapest ? { ...spec, priceLimit: budget } : undefined
  },
  /** Two attributes of the type that no product of the type has together (and no budget). */
  attributes: ({ catalog, product, random }: InfeasibleContext): ProductSpec | undefined => {
    const vocabulary = attributeVocabulary(product.department, product.noun)
    for (let attempt = 0; attempt < PAIR_TRIES && vocabulary.length >= 2; attempt++) {
      const spec = { productType: product.noun, attributes: random.sample(vocabulary, 2), options: {} }
      if (matchingProducts(catalog, spec).length === 0) return spec
    }
    return undefined
  },
}

/** Attributes or a budget that no product satisfies; the right outcome is to terminate without buying. */
export const makeInfeasibleTask: VariantMaker = ({ catalog, random }) => {
  const context = { catalog, product: random.pick(catalog.products), random }
  const ways = random.chance(0.5)
    ? [IMPOSSIBLE.price, IMPOSSIBLE.attributes]
    : [IMPOSSIBLE.attributes, IMPOSSIBLE.price]
  for (const way of ways) {
    const spec = way(context)
    if (!spec) continue
    const target = targetOf(catalog, spec)
    if (target.productIds.length === 0)
      return { variant: 'infeasible', intent: intentOf(spec), target: { ...target, productIds: [] } }
  }
  return undefined
}

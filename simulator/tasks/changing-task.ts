import type { Catalog } from '../../environments/store/catalog/catalog.js'
import type { Product } from '../../environments/store/catalog/product.js'
import { TASK_CHANGE_KINDS, type TaskChange } from '../../traces/schema/index.js'
import type { SeededRandom } from '../../traces/seeded-random.js'
import { clearSpec } from './clear-task.js'
import { describeChange } from './instruction.js'
import { cheapestSelection, matchingProducts, type ProductSpec } from './match-products.js'
import { intentOf, targetOf, type VariantMaker } from './task-parts.js'

/** The new instruction arrives when the shopper decides one of these steps (0-based). */
export const CHANGE_STEPS = { first: 2, last: 6 } as const

interface ChangeContext {
  catalog: Catalog
  product: Product
  spec: ProductSpec
  random: SeededRandom
}

/** How each kind of change rewrites the spec; undefined when this product and spec allow no such change. */
const CHANGES = {
  /** Another in-stock value of one option, still within the budget. */
  option: ({ product, spec, random }) => {
    const choices = product.options.flatMap((option) =>
      option.values
        .filter((v) => v.available && v.label !== spec.options[option.dimension])
        .map((v) => ({ ...spec.options, [option.dimension]: v.label })),
    )
    const affordable = choices.filter((options) => {
      const price = cheapestSelection(product, options)?.priceCents
      return price !== undefined && price <= Math.round((spec.priceLimit ?? 0) * 100)
    })
    return affordable.length > 0 ? { ...spec, options: random.pick(affordable) } : undefined
  },
  /** A budget below this product's price that another product with the same attributes and options meets. */
  price: ({ catalog, product, spec }) => {
    const price = (p: Product) => cheapestSelection(p, spec.options)?.priceCents ?? Number.POSITIVE_INFINITY
    const own = price(product)
    const cheaper = matchingProducts(catalog, { ...spec, priceLimit: undefined })
      .map(price)
      .filter((cents) => cents < own)
    if (cheaper.length === 0) return undefined
    const cheapest = Math.min(...cheaper)
    // Whole dollars read like a budget; exact cents when the whole dollar would not exclude this product.
    const budgetCents = Math.ceil(cheapest / 100) * 100 < own ? Math.ceil(cheapest / 100) * 100 : cheapest
    return { ...spec, priceLimit: budgetCents / 100 }
  },
} satisfies Record<TaskChange['kind'], (context: ChangeContext) => ProductSpec | undefined>

/** A clear task, then at step k a new instruction: a different option or a lower budget, with its own target. */
export const makeChangingTask: VariantMaker = ({ catalog, random }) => {
  const product = random.pick(catalog.products)
  const spec = clearSpec(catalog, product, random)
  if (!spec) return undefined
  const possible = TASK_CHANGE_KINDS.flatMap((kind) => {
    const changed = CHANGES[kind]({ catalog, product, spec, random })
    return changed ? [{ kind, changed }] : []
  })
  if (possible.length === 0) return undefined
  const { kind, changed } = random.pick(possible)
  const target = targetOf(catalog, changed)
  if (target.productIds.length === 0) return undefined
  return {
    variant: 'changing',
    intent: intentOf(spec),
    target: targetOf(catalog, spec),
    change: {
      atStep: random.int(CHANGE_STEPS.first, CHANGE_STEPS.last),
      kind,
      intent: intentOf(changed, describeChange(kind, spec, changed)),
      target,
    },
  }
}

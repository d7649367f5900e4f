import type { Catalog } from '../../environments/store/catalog/catalog.js'
import type { Product } from '../../environments/store/catalog/product.js'
import type { Task, TaskIntent, TaskTarget } from '../../traces/schema/index.js'
import type { SeededRandom } from '../../traces/seeded-random.js'
import { describeSpec } from './instruction.js'
import { matchingProducts, type ProductSpec } from './match-products.js'

/** A task before it has an id and a catalog stamp: what each variant maker returns. */
export type TaskDraft = Task extends infer T ? (T extends Task ? Omit<T, 'id' | 'catalog'> : never) : never

export interface VariantContext {
  catalog: Catalog
  /** This task's own stream, so task i is the same whatever the other tasks drew. */
  random: SeededRandom
}

/** Makes one task of a variant from a random draw, or undefined when this draw cannot make one. */
export type VariantMaker = (context: VariantContext) => TaskDraft | undefined

export function intentOf(spec: ProductSpec, instruction = describeSpec(spec)): TaskIntent {
  return {
    instruction,
    query: spec.productType.toLowerCase(),
    attributes: [...spec.attributes],
    options: { ...spec.options },
    ...(spec.priceLimit !== undefined && { priceLimit: spec.priceLimit }),
  }
}

/** The target as checked against the catalog now: every product that satisfies the spec. */
export function targetOf(catalog: Catalog, spec: ProductSpec): TaskTarget {
  return {
    productType: spec.productType,
    productIds: matchingProducts(catalog, spec).map((p) => p.asin),
    attributes: [...spec.attributes],
    options: { ...spec.options },
    ...(spec.priceLimit !== undefined && { priceLimit: spec.priceLimit }),
  }
}

/**
 * A budget a little above the price (5-35% more), in whole dollars so it reads like a person's budget;
 * always strictly above the price.
 */
export function budgetAbove(priceCents: number, random: SeededRandom): number {
  const dollars = Math.ceil((priceCents * (1.05 + random.next() * 0.3)) / 100)
  return Math.max(dollars, Math.floor(priceCents / 100) + 1)
}

/** Every option of the product, each set to a random in-stock value. */
export function randomOptions(product: Product, random: SeededRandom): Record<string, string> {
  const options: Record<string, string> = {}
  for (const option of product.options) {
    const inStock = option.values.filter((v) => v.available)
    if (inStock.length > 0) options[option.dimension] = random.pick(inStock).label
  }
  return options
}

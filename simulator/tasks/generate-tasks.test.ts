import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCatalog } from '../../environments/store/catalog/build-catalog.js'
import type { Catalog } from '../../environments/store/catalog/catalog.js'
import { type Store, startStore } from '../../environments/store/index.js'
import { isShopsimError } from '../../traces/errors.js'
import { type Task, TaskSchema } from '../../traces/schema/index.js'
import { MIN_AMBIGUOUS_MATCHES } from './ambiguous-task.js'
import { CHANGE_STEPS } from './changing-task.js'
import { generateTasks } from './generate-tasks.js'
import { cheapestSelection, matchingProducts, satisfies } from './match-products.js'
import { attributeVocabulary, productAttributes } from './product-attributes.js'
import { changeArrived, intentAt, shoppingIntentAt, targetAt } from './task-timeline.js'

let store: Store
let catalog: Catalog
let tasks: Task[]

beforeAll(async () => {
  store = await startStore({ seed: 1 })
  catalog = store.catalog
  tasks = generateTasks(catalog, { count: 48, seed: 11 })
})
afterAll(() => store.close())

const ofVariant = <V extends Task['variant']>(variant: V) =>
  tasks.filter((t): t is Extract<Task, { variant: V }> => t.variant === variant)

/** The target as the catalog answers it now, recomputed independently of the task. */
const specOf = (target: Task['target']) => ({
  productType: target.productType,
  attributes: target.attributes,
  options: target.options,
  priceLimit: target.priceLimit,
})

describe('generateTasks on the store catalog', () => {
  it('makes valid tasks in exact proportions, every id unique, stamped with the catalog', () => {
    expect(tasks).toHaveLength(48)
    for (const task of tasks) expect(TaskSchema.parse(task)).toEqual(task)
    for (const variant of ['clear', 'ambiguous', 'changing', 'infeasible'] as const)
      expect(ofVariant(variant)).toHaveLength(12)
    expect(new Set(tasks.map((t) => t.id)).size).toBe(48)
    expect(tasks[0]?.catalog).toEqual({ seed: 1, size: catalog.products.length })
  })

  it('lists exactly the products that satisfy each target', () => {
    for (const task of tasks) {
      const targets = task.variant === 'changing' ? [task.target, task.change.target] : [task.target]
      for (const target of targets)
        expect(target.productIds).toEqual(matchingProducts(catalog, specOf(target)).map((p) => p.asin))
    }
  })

  it('clear: a product of the target has every attribute and option asked for, within the budget', () => {
    for (const task of ofVariant('clear')) {
      expect(task.target.productIds.length).toBeGreaterThan(0)
      expect(task.intent.attributes.length).toBeGreaterThanOrEqual(2)
      expect(task.intent.priceLimit).toBeTypeOf('number')
      // The product the task was made from: its options are exactly the ones the intent names.
      const product = task.target.productIds
        .map((id) => catalog.product(id))
        .find(
          (p) =>
            p !== undefined &&
            p.options.map((o) => o.dimension).join() === Object.keys(task.intent.options).join(),
        )
      if (!product) throw new Error(`no target product of ${task.id} has the options asked for`)
      expect(product.noun).toBe(task.target.productType)
      for (const attribute of task.intent.attributes) expect(productAttributes(product)).toContain(attribute)
      const price = cheapestSelection(product, task.intent.options)?.priceCents ?? Number.NaN
      expect(price).toBeLessThanOrEqual((task.intent.priceLimit ?? 0) * 100)
      expect(task.intent.instruction).toContain(task.target.productType)
    }
  })

  it('ambiguous: a type and one attribute, no options or budget, and several products satisfy it', () => {
    for (const task of ofVariant('ambiguous')) {
      expect(task.intent.attributes).toHaveLength(1)
      expect(task.intent.options).toEqual({})
      expect(task.intent.priceLimit).toBeUndefined()
      expect(task.target.productIds.length).toBeGreaterThanOrEqual(MIN_AMBIGUOUS_MATCHES)
    }
  })

  it('changing: a clear task whose new instruction at step k changes one option or lowers the budget', () => {
    for (const task of ofVariant('changing')) {
      const { change } = task
      expect(change.atStep).toBeGreaterThanOrEqual(CHANGE_STEPS.first)
      expect(change.atStep).toBeLessThanOrEqual(CHANGE_STEPS.last)
      expect(change.target.productIds.length).toBeGreaterThan(0)
      expect(change.intent.instruction).toMatch(/^Change of plan: /)
      expect(change.intent.attributes).toEqual(task.intent.attributes)
      if (change.kind === 'price') {
        expect(change.intent.options).toEqual(task.intent.options)
        expect(change.intent.priceLimit).toBeLessThan(task.intent.priceLimit ?? 0)
        // The lower budget excludes at least one product the first instruction allowed.
        expect(task.target.productIds.some((id) => !change.target.productIds.includes(id))).toBe(true)
      } else {
        expect(change.intent.priceLimit).toBe(task.intent.priceLimit)
        const changed = Object.keys(change.intent.options).filter(
          (d) => change.intent.options[d] !== task.intent.options[d],
        )
        expect(changed).toHaveLength(1)
      }
      // Before step k the first intent holds; from k on, the new one.
      expect(intentAt(task, change.atStep - 1)).toBe(task.intent)
      expect(changeArrived(task, change.atStep - 1)).toBe(false)
      expect(intentAt(task, change.atStep)).toBe(change.intent)
      expect(targetAt(task, change.atStep)).toBe(change.target)
      expect(shoppingIntentAt(task, change.atStep).instruction).toBe(change.intent.instruction)
    }
    const kinds = new Set(ofVariant('changing').map((t) => t.change.kind))
    expect(kinds).toEqual(new Set(['option', 'price']))
  })

  it('infeasible: no product of the whole catalog satisfies it, though the type and attributes exist', () => {
    for (const task of ofVariant('infeasible')) {
      expect(task.target.productIds).toEqual([])
      expect(catalog.products.filter((p) => satisfies(p, specOf(task.target)))).toEqual([])
      const vocabulary = attributeVocabulary(
        catalog.products.find((p) => p.noun === task.target.productType)?.department ?? '',
        task.target.productType,
      )
      for (const attribute of task.intent.attributes) expect(vocabulary).toContain(attribute)
    }
  })

  it('is deterministic by seed, and another seed gives other tasks', () => {
    expect(generateTasks(catalog, { count: 48, seed: 11 })).toEqual(tasks)
    expect(generateTasks(catalog, { count: 48, seed: 12 })).not.toEqual(tasks)
    // Task i does not depend on how many tasks were asked for.
    const fewer = generateTasks(catalog, { count: 8, seed: 11, variants: { clear: 1 } })
    const more = generateTasks(catalog, { count: 16, seed: 11, variants: { clear: 1 } })
    expect(more.slice(0, 8).map((t) => t.intent)).toEqual(fewer.map((t) => t.intent))
  })

  it('follows the variant weights and refuses invalid options with E_TASKS_GENERATE', () => {
    const only = generateTasks(catalog, { count: 10, seed: 1, variants: { infeasible: 4, clear: 1 } })
    expect(only.filter((t) => t.variant === 'infeasible')).toHaveLength(8)
    expect(only.filter((t) => t.variant === 'clear')).toHaveLength(2)
    expect(generateTasks(catalog, { count: 0, seed: 1 })).toEqual([])
    for (const bad of [
      { count: -1, seed: 1 },
      { count: 2, seed: 1.5 },
      { count: 2, seed: 1, variants: { clear: 0 } },
    ])
      expect(() => generateTasks(catalog, bad)).toThrow(
        expect.objectContaining({ code: 'E_TASKS_GENERATE' }) as unknown as Error,
      )
  })

  it('says so when a tiny catalog cannot make a variant', () => {
    const tiny = buildCatalog({ seed: 1, size: 1 })
    try {
      generateTasks(tiny, { count: 1, seed: 1, variants: { ambiguous: 1 } })
      expect.unreachable()
    } catch (error) {
      expect(isShopsimError(error, 'E_TASKS_GENERATE')).toBe(true)
      expect((error as Error).message).toMatch(/No ambiguous task could be made from a catalog of 1 products/)
    }
  })
})

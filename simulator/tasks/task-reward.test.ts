import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../environments/store/catalog/build-catalog.js'
import type { Task } from '../../traces/schema/index.js'
import { generateTasks } from './generate-tasks.js'
import { cheapestSelection } from './match-products.js'
import { type PurchasedItem, purchaseOf, taskReward, taskRewardForItems } from './task-reward.js'

const catalog = buildCatalog({ seed: 1, size: 600 })
const tasks = generateTasks(catalog, { count: 12, seed: 2 })
const first = <V extends Task['variant']>(variant: V) =>
  tasks.find((t): t is Extract<Task, { variant: V }> => t.variant === variant) as Extract<
    Task,
    { variant: V }
  >

/** What the store's order log holds when the shopper buys this product with these options. */
function boughtItem(asin: string, options: Readonly<Record<string, string>>): PurchasedItem {
  const product = catalog.product(asin)
  if (!product) throw new Error(`no product ${asin}`)
  const chosen = cheapestSelection(product, options)
  if (!chosen) throw new Error('options not available')
  return { asin, options: chosen.selection, unitPriceCents: chosen.priceCents }
}

describe('taskReward', () => {
  it('gives 1 for buying a target product with the options asked for', () => {
    const task = first('clear')
    const asin = task.target.productIds[0] as string
    const reward = taskReward(task, purchaseOf(catalog, boughtItem(asin, task.intent.options)))
    expect(reward).toMatchObject({ kind: 'scored', reward: 1, success: true })
  })

  it('scores a wrong product type 0 and a wrong option partially, as WebShop does', () => {
    const task = first('clear')
    const other = catalog.products.find((p) => p.noun !== task.target.productType && p.options.length === 0)
    const wrongType = taskReward(task, purchaseOf(catalog, boughtItem(other?.asin ?? '', {})))
    expect(wrongType).toMatchObject({ kind: 'scored', reward: 0 })
    // A clear task that names an option its product offers another in-stock value of.
    const choices = tasks.flatMap((t) => {
      const product = t.variant === 'clear' ? catalog.product(t.target.productIds[0] as string) : undefined
      const option = product?.options.find(
        (o) => o.dimension in t.intent.options && o.values.filter((v) => v.available).length > 1,
      )
      return product && option ? [{ withChoice: t, product, option }] : []
    })
    const [choice] = choices
    if (!choice) throw new Error('no clear task with a choice of options')
    const { withChoice, product, option } = choice
    const asked = withChoice.intent.options[option.dimension]
    const otherValue = option.values.find((v) => v.available && v.label !== asked)?.label ?? ''
    const item = boughtItem(product.asin, withChoice.intent.options)
    const reward = taskReward(
      withChoice,
      purchaseOf(catalog, { ...item, options: { ...item.options, [option.dimension]: otherValue } }),
    )
    const n = withChoice.target.attributes.length + Object.keys(withChoice.target.options).length + 1
    expect(reward.reward).toBeCloseTo((n - 1) / n)
  })

  it('infeasible: 1 for terminating without buying, 0 for any purchase or for ending in an error', () => {
    const task = first('infeasible')
    expect(taskReward(task, undefined)).toEqual({ kind: 'terminated_infeasible', reward: 1, success: true })
    expect(taskReward(task, undefined, { outcome: 'error' })).toMatchObject({
      kind: 'no_purchase',
      reward: 0,
    })
    const anything = boughtItem(catalog.products[0]?.asin ?? '', {})
    expect(taskRewardForItems(task, catalog, [anything])).toMatchObject({
      kind: 'bought_infeasible',
      reward: 0,
    })
  })

  it('a feasible task without a purchase scores 0', () => {
    expect(taskReward(first('ambiguous'), undefined)).toMatchObject({ kind: 'no_purchase', reward: 0 })
    expect(taskRewardForItems(first('clear'), catalog, [])).toMatchObject({ kind: 'no_purchase', reward: 0 })
  })

  it('changing: scored against the new target once the change has reached the shopper', () => {
    const task = first('changing')
    // A product the first instruction allowed and the new one does not (or its old options).
    const before = boughtItem(
      task.target.productIds.find((id) => !task.change.target.productIds.includes(id)) ??
        (task.target.productIds[0] as string),
      task.intent.options,
    )
    const after = boughtItem(task.change.target.productIds[0] as string, task.change.intent.options)
    const atStep = task.change.atStep
    // A session that ended before step k never heard of the change.
    expect(taskReward(task, purchaseOf(catalog, before), { steps: atStep }).reward).toBe(1)
    expect(taskReward(task, purchaseOf(catalog, after), { steps: atStep + 1 }).reward).toBe(1)
    expect(taskReward(task, purchaseOf(catalog, before), { steps: atStep + 1 }).reward).toBeLessThan(1)
    expect(taskReward(task, purchaseOf(catalog, after)).reward).toBe(1)
  })

  it('with several items bought, the best match counts', () => {
    const task = first('clear')
    const right = boughtItem(task.target.productIds[0] as string, task.intent.options)
    const wrong = boughtItem(
      catalog.products.find((p) => p.noun !== task.target.productType && p.options.length === 0)?.asin ?? '',
      {},
    )
    expect(taskRewardForItems(task, catalog, [wrong, right]).reward).toBe(1)
  })
})

import type { Catalog } from '../../environments/store/catalog/catalog.js'
import { type WebshopPurchase, type WebshopScore, webshopReward } from '../../rewards/webshop/index.js'
import type { Outcome, Task, TaskTarget } from '../../traces/schema/index.js'
import { productAttributes } from './product-attributes.js'
import { targetAt } from './task-timeline.js'

/** A line of an order (or an add-to-cart event): what the store's log says was bought. */
export interface PurchasedItem {
  asin: string
  options: Readonly<Record<string, string>>
  unitPriceCents: number
}

/** How a session did on its task; the reward is in [0, 1]. */
export type TaskReward =
  | { kind: 'scored'; reward: number; success: boolean; webshop: WebshopScore; target: TaskTarget }
  | { kind: 'no_purchase'; reward: 0; success: false }
  | { kind: 'terminated_infeasible'; reward: 1; success: true }
  | { kind: 'bought_infeasible'; reward: 0; success: false }

export interface TaskRewardOptions {
  /** How the session ended; without a purchase it is taken as `terminate`. */
  outcome?: Outcome
  /** Steps the session took: a change of plan at a later step never reached the shopper. All by default. */
  steps?: number
}

/** What WebShop's reward compares: the product's type and attributes as the catalog knows them. */
export function purchaseOf(catalog: Catalog, item: PurchasedItem): WebshopPurchase {
  const product = catalog.product(item.asin)
  return {
    ...(product && { productType: product.noun }),
    attributes: product ? productAttributes(product) : [],
    options: item.options,
    price: item.unitPriceCents / 100,
  }
}

/**
 * Scores a session on its task. A purchase is scored by WebShop's reward against the target in force at the
 * session's end. An infeasible task is done right by terminating without buying (1) and wrong by any
 * purchase (0); any other task without a purchase scores 0.
 */
export function taskReward(
  task: Task,
  purchase: WebshopPurchase | undefined,
  options: TaskRewardOptions = {},
): TaskReward {
  const outcome = options.outcome ?? (purchase ? 'purchase' : 'terminate')
  if (task.variant === 'infeasible') {
    if (purchase) return { kind: 'bought_infeasible', reward: 0, success: false }
    return outcome === 'terminate'
      ? { kind: 'terminated_infeasible', reward: 1, success: true }
      : { kind: 'no_purchase', reward: 0, success: false }
  }
  if (!purchase) return { kind: 'no_purchase', reward: 0, success: false }
  const target = targetAt(task, options.steps === undefined ? Number.POSITIVE_INFINITY : options.steps - 1)
  const webshop = webshopReward(purchase, {
    productType: target.productType,
    attributes: target.attributes,
    options: target.options,
    priceUpperBound: target.priceLimit ?? Number.POSITIVE_INFINITY,
  })
  return { kind: 'scored', reward: webshop.reward, success: webshop.success, webshop, target }
}

/**
 * Scores a session from what the store logged it bought: the items of its first order (or, under OPeRA's
 * rule that adding to the cart is the purchase, its add-to-cart events). With several items, the one that
 * best matches the task counts; any item at all is a purchase for an infeasible task.
 */
export function taskRewardForItems(
  task: Task,
  catalog: Catalog,
  items: readonly PurchasedItem[],
  options: TaskRewardOptions = {},
): TaskReward {
  if (items.length === 0) return taskReward(task, undefined, options)
  const scored = items.map((item) => taskReward(task, purchaseOf(catalog, item), options))
  return scored.reduce((best, r) => (r.reward > best.reward ? r : best))
}

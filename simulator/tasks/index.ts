export { MIN_AMBIGUOUS_MATCHES } from './ambiguous-task.js'
export { CHANGE_STEPS } from './changing-task.js'
export { DEFAULT_VARIANT_WEIGHTS, type GenerateTasksOptions, generateTasks } from './generate-tasks.js'
export { cheapestSelection, matchingProducts, type ProductSpec, satisfies } from './match-products.js'
export { attributeVocabulary, productAttributes } from './product-attributes.js'
export {
  type PurchasedItem,
  purchaseOf,
  type TaskReward,
  type TaskRewardOptions,
  taskReward,
  taskRewardForItems,
} from './task-reward.js'
export { changeArrived, intentAt, shoppingIntentAt, targetAt } from './task-timeline.js'
export { parseTasks, readTasks, writeTasks } from './tasks-file.js'

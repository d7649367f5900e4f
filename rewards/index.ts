export {
  CUSTOMER_R1_DEFAULTS,
  type CustomerR1Options,
  customerR1Reward,
  scoreCustomerR1,
} from './customer-r1/index.js'
export { defineReward, type RewardDefinition, type RewardInput } from './define-reward.js'
export { DEFAULT_TEXT_THRESHOLD, type ExactOptions, exactMatch, exactReward } from './exact-match/index.js'
export {
  type CompletionShape,
  type GoldAction,
  type ParsedCompletion,
  type ParseMode,
  parseCompletion,
  parseCompletionShape,
  parseGold,
  type RawAction,
} from './parse/index.js'
export { REWARDS, scoreWith } from './registry.js'
export { lcsLength, rougeL, rougeLTokens, tokenize } from './rouge-l.js'
export {
  SHOP_R1_DEFAULTS,
  type ShopR1Options,
  scoreShopR1,
  selfCertainty,
  shopR1Reward,
} from './shop-r1/index.js'
export { type WebshopPurchase, type WebshopScore, type WebshopTask, webshopReward } from './webshop/index.js'

import { type ClickType, classifyClick } from '../../traces/schema/click-type.js'
import type { Score } from '../../traces/schema/score.js'
import { defineReward, type RewardInput, resolveOptions } from '../define-reward.js'
import { parseCompletion } from '../parse/parse-completion.js'
import type { GoldAction } from '../parse/parse-gold.js'

/** Customer-R1 (arXiv 2510.07230): the weights come from a reproduction quoting the paper, so all are config. */
export interface CustomerR1Options {
  /** Binary format reward; its magnitude is open. */
  formatReward: number
  correctInput: number
  /** Correct click of any subtype without its own weight below. */
  correctClick: number
  correctClickByType: Partial<Record<ClickType, number>>
  correctTerminate: number
  /** A predicted click that is wrong; 0 in the RL-only setting. */
  wrongClick: number
}

export const CUSTOMER_R1_DEFAULTS: CustomerR1Options = {
  formatReward: 0.1,
  correctInput: 2000,
  correctClick: 1000,
  correctClickByType: { product_option: 10, review: 1, search: 1 },
  correctTerminate: 1,
  wrongClick: -1,
}

export function scoreCustomerR1(input: RewardInput, options?: Partial<CustomerR1Options>): Score {
  const opts = resolveOptions(CUSTOMER_R1_DEFAULTS, options)
  const { gold } = input
  const parsed = parseCompletion(input.completion, 'strict')
  const action = parsed.ok ? parsed.action : undefined
  // Exact: the type and every required attribute, character for character.
  const correct =
    action !== undefined &&
    action.type === gold.type &&
    (action.type === 'terminate' ||
      (action.name === gold.name && (action.type === 'click' || action.text === gold.text)))
  let actionReward = 0
  if (correct) actionReward = correctWeight(gold, opts)
  else if (action?.type === 'click') actionReward = opts.wrongClick
  const format = parsed.ok ? opts.formatReward : 0
  return {
    reward: 'customer-r1',
    total: format + actionReward,
    components: { format, action: actionReward },
    absent: [],
    flags: parsed.ok ? [] : ['invalid-format'],
    options: { ...opts, correctClickByType: { ...opts.correctClickByType } },
    exactMatch: correct,
  }
}

function correctWeight(gold: GoldAction, opts: CustomerR1Options): number {
  if (gold.type === 'input') return opts.correctInput
  if (gold.type === 'terminate') return opts.correctTerminate
  const clickType = gold.click_type ?? classifyClick(gold.name ?? '')
  return opts.correctClickByType[clickType] ?? opts.correctClick
}

export const customerR1Reward = defineReward<CustomerR1Options>({
  name: 'customer-r1',
  defaults: CUSTOMER_R1_DEFAULTS,
  score: scoreCustomerR1,
})

import { ShopsimError } from '../traces/errors.js'
import type { Score } from '../traces/schema/score.js'
import { customerR1Reward } from './customer-r1/customer-r1.js'
import type { RewardDefinition, RewardInput } from './define-reward.js'
import { exactReward } from './exact-match/exact-match.js'
import { shopR1Reward } from './shop-r1/shop-r1.js'

// biome-ignore lint/suspicious/noExplicitAny: each reward has its own options type; callers pick by name.
export const REWARDS: Record<'shop-r1' | 'customer-r1' | 'exact', RewardDefinition<any>> = {
  'shop-r1': shopR1Reward,
  'customer-r1': customerR1Reward,
  exact: exactReward,
}

function isRewardName(name: string): name is keyof typeof REWARDS {
  return Object.hasOwn(REWARDS, name)
}

/** Scores with the reward of that name; an unknown name is a usage error, not a zero score. */
export function scoreWith(name: string, input: RewardInput, options?: Record<string, unknown>): Score {
  if (!isRewardName(name)) {
    throw new ShopsimError(
      'E_REWARD_UNKNOWN',
      `unknown reward "${name}"`,
      `use one of: ${Object.keys(REWARDS).join(', ')}`,
    )
  }
  return REWARDS[name].score(input, options)
}

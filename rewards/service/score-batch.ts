import type { Score } from '../../traces/schema/score.js'
import { parseGold, REWARDS, scoreWith } from '../index.js'
import type { ScoreItem } from './score-request.js'

export const DEFAULT_SERVICE_REWARD = 'shop-r1'

export type BatchResult = { ok: true; scores: Score[] } | { ok: false; reason: string }

/**
 * Scores every item, or rejects the whole batch naming the first bad item: a trainer that sent a
 * malformed gold wants to know, not to receive a silent zero.
 */
export function scoreBatch(items: readonly ScoreItem[], defaultReward = DEFAULT_SERVICE_REWARD): BatchResult {
  const scores: Score[] = []
  for (const [index, item] of items.entries()) {
    const gold = parseGold(item.ground_truth)
    if (gold === undefined) {
      return {
        ok: false,
        reason: `items[${index}].ground_truth is not an OPeRA action (type click|input|terminate)`,
      }
    }
    const reward = item.reward ?? defaultReward
    if (!Object.hasOwn(REWARDS, reward)) {
      return {
        ok: false,
        reason: `items[${index}].reward '${reward}' is unknown; use one of ${Object.keys(REWARDS).join(', ')}`,
      }
    }
    scores.push(scoreWith(reward, { completion: item.completion, gold }, item.options))
  }
  return { ok: true, scores }
}

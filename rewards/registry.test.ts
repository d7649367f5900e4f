import { describe, expect, it } from 'vitest'
import { isShopsimError } from '../traces/errors.js'
import { ScoreSchema } from '../traces/schema/score.js'
import { REWARDS, scoreWith } from './registry.js'

const input = {
  completion: JSON.stringify({ rationale: 'r', action: { type: 'click', name: 'go_to_cart' } }),
  gold: { type: 'click' as const, name: 'go_to_cart' },
}

describe('scoreWith', () => {
  it('scores with each registered reward, every Score valid under its schema', () => {
    for (const name of Object.keys(REWARDS)) {
      const score = scoreWith(name, input)
      expect(ScoreSchema.parse(score)).toEqual(score)
      expect(score.reward).toBe(name)
      expect(score.exactMatch).toBe(true)
    }
  })

  it('passes options through and records them', () => {
    expect(scoreWith('shop-r1', input, { dars: 10 }).total).toBeCloseTo(0.5 + 0.3 + 0.2 + 10, 12)
    expect(scoreWith('shop-r1', input, { dars: 10 }).options).toMatchObject({ dars: 10 })
  })

  it('throws E_REWARD_UNKNOWN for a name it does not know', () => {
    let caught: unknown
    try {
      scoreWith('toString', input)
    } catch (error) {
      caught = error
    }
    expect(isShopsimError(caught, 'E_REWARD_UNKNOWN')).toBe(true)
  })
})

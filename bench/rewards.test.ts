import { describe, expect, it } from 'vitest'
import { scoreShopR1 } from '../rewards/shop-r1/shop-r1.js'
import { naiveShopR1 } from './rewards/naive-shop-r1.js'
import { syntheticPairs } from './rewards/synthetic-pairs.js'

describe('rewards bench inputs', () => {
  it('generates the same pairs for the same seed, with names up to 300 characters', () => {
    const first = [...syntheticPairs(5, 200)]
    expect([...syntheticPairs(5, 200)]).toEqual(first)
    expect(first.every((pair) => (pair.gold.name?.length ?? 0) <= 300)).toBe(true)
    expect(new Set(first.map((pair) => pair.gold.type))).toEqual(new Set(['click', 'input', 'terminate']))
  })

  it('has the naive floor agree with the real scorer pair by pair', () => {
    for (const pair of syntheticPairs(11, 3000)) {
      expect(naiveShopR1(pair.completion, pair.gold), pair.completion).toBeCloseTo(scoreShopR1(pair).total, 9)
    }
  })
})

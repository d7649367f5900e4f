import { describe, expect, it } from 'vitest'
import { personalCeiling, traitsOf } from './persona-traits.js'
import { personaWith } from './test-contexts.js'

describe('persona traits', () => {
  it('turns survey answers into how many products to compare and reviews to read', () => {
    const researcher = traitsOf(personaWith('r', { researchesBeforeBuying: 5, shopsQuickly: 1 }))
    const quick = traitsOf(personaWith('q', { researchesBeforeBuying: 1, shopsQuickly: 5 }))
    const unknown = traitsOf(undefined)
    expect([researcher.comparisons, researcher.reviewsPerProduct]).toEqual([3, 2])
    expect([quick.comparisons, quick.reviewsPerProduct]).toEqual([1, 0])
    expect([unknown.comparisons, unknown.reviewsPerProduct, unknown.research]).toEqual([2, 1, 0.5])
  })

  it('sets a personal price ceiling from monthly spend, lower for value seekers', () => {
    const spender = traitsOf(personaWith('s', { seeksValue: 1 }, { monthlySpendUsd: 200 }))
    const saver = traitsOf(personaWith('v', { seeksValue: 5 }, { monthlySpendUsd: 200 }))
    expect(personalCeiling(spender)).toBe(180)
    expect(personalCeiling(saver)).toBe(100)
    expect(personalCeiling(traitsOf(undefined))).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { goalPhrase, rationaleFor } from './rationale.js'
import type { ShoppingGoal } from './shopping-goal.js'

const goal: ShoppingGoal = {
  source: 'intent',
  query: 'water bottle',
  terms: ['water', 'bottle'],
  attributes: ['insulated'],
  options: {},
  priceLimit: 25,
  limitFrom: 'task',
}

describe('rationales', () => {
  it('say in the first person what is wanted and why this step', () => {
    expect(
      rationaleFor(
        { kind: 'open', title: 'Hydraflow Water Bottle, 32 oz', price: 18, why: 'first_good' },
        goal,
      ),
    ).toBe("I want a water bottle under $25; this one is $18, which is good enough, so I'll open it.")
    expect(
      rationaleFor(
        {
          kind: 'search',
          query: 'water bottle',
          why: 'back_to_results',
          leaving: { title: 'Steelo Bottle', misfit: 'too_expensive', price: 31.5 },
        },
        goal,
      ),
    ).toBe("Steelo Bottle costs $31.50, more than I want to pay, so I'll go back to the results.")
    expect(rationaleFor({ kind: 'terminate', why: 'nothing_fits' }, goal)).toBe(
      "I couldn't find a water bottle under $25 that works for me, so I'll stop here.",
    )
  })

  it('uses the right article and leaves out a budget the task did not set', () => {
    expect(goalPhrase({ ...goal, query: 'air fryer', priceLimit: 90, limitFrom: 'budget' })).toBe(
      'an air fryer',
    )
    expect(goalPhrase({ ...goal, query: 'USB cable' })).toBe('a USB cable under $25')
    expect(goalPhrase({ ...goal, query: 'paper towels', options: { size: '12 rolls' } })).toBe(
      'paper towels in 12 rolls under $25',
    )
  })
})

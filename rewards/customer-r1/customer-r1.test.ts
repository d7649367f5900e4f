import { describe, expect, it } from 'vitest'
import type { ClickType } from '../../traces/schema/click-type.js'
import { scoreCustomerR1 } from './customer-r1.js'

const completion = (action: Record<string, unknown>): string => JSON.stringify({ rationale: 'r', action })

describe('Customer-R1', () => {
  it('weights a correct click by its gold click type', () => {
    const cases: [ClickType, number][] = [
      ['product_option', 10],
      ['review', 1],
      ['search', 1],
      ['product_link', 1000],
      ['purchase', 1000],
      ['filter', 1000],
    ]
    for (const [clickType, weight] of cases) {
      const score = scoreCustomerR1({
        completion: completion({ type: 'click', name: 'x.y' }),
        gold: { type: 'click', name: 'x.y', click_type: clickType },
      })
      expect(score.total, clickType).toBeCloseTo(0.1 + weight, 12)
      expect(score.exactMatch).toBe(true)
    }
  })

  it('derives the click type from the name when the gold has none', () => {
    const name = 'product_options.color.button_list.red'
    const score = scoreCustomerR1({
      completion: completion({ type: 'click', name }),
      gold: { type: 'click', name },
    })
    expect(score.components.action).toBe(10)
  })

  it('gives 2000 for a correct input, 1 for terminate, and needs exact text', () => {
    const gold = { type: 'input' as const, name: 'q', text: 'bike light' }
    const right = scoreCustomerR1({
      completion: completion({ type: 'type_and_submit', name: 'q', text: 'bike light' }),
      gold,
    })
    expect(right.total).toBeCloseTo(2000.1, 9)
    const close = scoreCustomerR1({
      completion: completion({ type: 'input', name: 'q', text: 'bike lights' }),
      gold,
    })
    expect(close.total).toBeCloseTo(0.1, 12)
    const end = scoreCustomerR1({
      completion: completion({ type: 'terminate' }),
      gold: { type: 'terminate' },
    })
    expect(end.total).toBeCloseTo(1.1, 12)
  })

  it('charges −1 for a wrong click (0 in the RL-only setting) and 0 for invalid output', () => {
    const gold = { type: 'click' as const, name: 'a', click_type: 'other' as const }
    const wrong = completion({ type: 'click', name: 'b' })
    expect(scoreCustomerR1({ completion: wrong, gold }).total).toBeCloseTo(-0.9, 12)
    expect(scoreCustomerR1({ completion: wrong, gold }, { wrongClick: 0 }).total).toBeCloseTo(0.1, 12)
    const invalid = scoreCustomerR1({ completion: 'click a', gold })
    expect(invalid.total).toBe(0)
    expect(invalid.flags).toEqual(['invalid-format'])
    expect(invalid.options).toMatchObject({ formatReward: 0.1, correctInput: 2000, wrongClick: -1 })
  })
})

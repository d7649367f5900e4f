import { describe, expect, it } from 'vitest'
import type { TokenLogprob } from '../../traces/schema/prediction.js'
import type { GoldAction } from '../parse/parse-gold.js'
import { SHOP_R1_DEFAULTS, scoreShopR1 } from './shop-r1.js'

const completion = (action: Record<string, unknown>, rationale = 'because'): string =>
  JSON.stringify({ rationale, action })
const words = (count: number, prefix: string): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`)

const click: GoldAction = { type: 'click', name: 'refinements.customer_reviews', click_type: 'filter' }
const search: GoldAction = { type: 'input', name: 'nav_bar.search_input', text: 'bike tail light' }

describe('Shop-R1 table rows', () => {
  it('terminate: format 0.5 + type 0.3, no attributes, rationale absent without logprobs', () => {
    const score = scoreShopR1({ completion: completion({ type: 'terminate' }), gold: { type: 'terminate' } })
    expect(score.total).toBeCloseTo(0.8, 12)
    expect(score.absent).toEqual(['rationale'])
    expect(score.components).not.toHaveProperty('rationale')
    expect(score.exactMatch).toBe(true)
    expect(score.options).toEqual(SHOP_R1_DEFAULTS)
  })

  it('click: + 0.2 for a name + 1000 × ROUGE-L of the name', () => {
    // The name differs only in punctuation and case, so its tokens are the gold's: ROUGE-L 1.
    const score = scoreShopR1({
      completion: completion({ type: 'click', name: 'Refinements customer-reviews' }),
      gold: click,
    })
    expect(score.components).toMatchObject({ format: 0.5, type: 0.3, name: 0.2, nameSimilarity: 1000 })
    expect(score.total).toBeCloseTo(1001, 9)
    expect(score.exactMatch).toBe(false)
  })

  it('click with a name below the threshold earns the attribute only', () => {
    // refinements price vs refinements customer reviews: LCS 1, F = 2/5 = 0.4 < 0.75.
    const score = scoreShopR1({
      completion: completion({ type: 'click', name: 'refinements.price' }),
      gold: click,
    })
    expect(score.components.nameSimilarity).toBe(0)
    expect(score.total).toBeCloseTo(1, 12)
  })

  it('type_and_submit: 0.1 + 0.1 for name and text, 0.1 × RL(name) + 1000 × RL(text)', () => {
    const action = { type: 'type_and_submit', name: 'nav_bar.search_input', text: 'Bike tail-light' }
    const score = scoreShopR1({ completion: completion(action), gold: search })
    expect(score.components).toMatchObject({
      name: 0.1,
      text: 0.1,
      nameSimilarity: 0.1,
      textSimilarity: 1000,
    })
    expect(score.total).toBeCloseTo(0.5 + 0.3 + 0.1 + 0.1 + 0.1 + 1000, 9)
    expect(score.exactMatch).toBe(true)
  })

  it('scores the OPeRA input dialect the same as type_and_submit', () => {
    const shop = { type: 'type_and_submit', name: 'nav_bar.search_input', text: 'bike tail light' }
    const opera = { ...shop, type: 'input' }
    const a = scoreShopR1({ completion: completion(shop), gold: search })
    const b = scoreShopR1({ completion: completion(opera), gold: search })
    expect(a.total).toBe(b.total)
    expect(a.total).toBeCloseTo(1001.1, 9)
  })
})

describe('Shop-R1 gating', () => {
  it('a type mismatch keeps only the format reward', () => {
    const score = scoreShopR1({ completion: completion({ type: 'terminate' }), gold: click })
    expect(score.total).toBe(0.5)
    expect(score.flags).toContain('type-mismatch')
  })

  it('invalid JSON or wrong keys give zero total', () => {
    for (const text of [
      '',
      '{"rationale": "r", "action": {"type": "terminate"}',
      '{"action": {"type": "terminate"}}',
    ]) {
      const score = scoreShopR1({ completion: text, gold: { type: 'terminate' } })
      expect(score.total).toBe(0)
      expect(score.flags).toContain('invalid-format')
    }
  })

  it('a missing name or text is well formatted but earns no attribute or similarity for it', () => {
    const noName = scoreShopR1({ completion: completion({ type: 'click' }), gold: click })
    expect(noName.total).toBeCloseTo(0.8, 12)
    const noText = scoreShopR1({
      completion: completion({ type: 'input', name: 'nav_bar.search_input' }),
      gold: search,
    })
    // 0.5 + 0.3 + 0.1 (name) + 0.1 × 1 (name similarity)
    expect(noText.total).toBeCloseTo(1, 12)
    expect(noText.components.text).toBe(0)
  })

  it('counts text ROUGE-L at 0.76 and drops it at 0.74', () => {
    const a25 = words(25, 'w')
    const a50 = words(50, 'w')
    const at = (gold: string[], pred: string[]) =>
      scoreShopR1({
        completion: completion({ type: 'input', name: 'nav_bar.search_input', text: pred.join(' ') }),
        gold: { ...search, text: gold.join(' ') },
      })
    const high = at(a25, [...a25.slice(0, 19), ...words(6, 'z')])
    const low = at(a50, [...a50.slice(0, 37), ...words(13, 'z')])
    expect(high.components.textSimilarity).toBeCloseTo(760, 9)
    expect(high.total).toBeCloseTo(761.1, 9)
    expect(low.components.textSimilarity).toBe(0)
    expect(low.total).toBeCloseTo(1.1, 12)
    expect(at(a50, [...a50.slice(0, 37), ...words(13, 'z')]).exactMatch).toBe(false)
    expect(high.exactMatch).toBe(true)
  })

  it('takes its constants as options and records them', () => {
    const score = scoreShopR1(
      { completion: completion({ type: 'click', name: 'refinements.customer_reviews' }), gold: click },
      { dars: 1, rougeThreshold: 0.5 },
    )
    expect(score.total).toBeCloseTo(0.5 + 0.3 + 0.2 + 1, 12)
    expect(score.options).toMatchObject({ dars: 1, rougeThreshold: 0.5, typeReward: 0.3 })
  })
})

describe('Shop-R1 rationale self-certainty', () => {
  it('uses full logits: logsumexp − mean, weighted by 0.005', () => {
    // Two equal logits: ln 2 − 0; logits 0 and ln 3 : ln 4 − ln3/2.
    const logits = [
      [0, 0],
      [0, Math.log(3)],
    ]
    const score = scoreShopR1({
      completion: completion({ type: 'terminate' }),
      gold: { type: 'terminate' },
      logits,
    })
    const expected = (Math.log(2) + Math.log(4) - Math.log(3) / 2) / 2
    expect(score.components.rationale).toBeCloseTo(0.005 * expected, 12)
    expect(score.absent).toEqual([])
    expect(score.flags).toContain('self-certainty-all-tokens')
  })

  it('falls back to top-k logprobs over the rationale tokens and flags the approximation', () => {
    const text = completion({ type: 'terminate' }, 'sure')
    const start = text.indexOf('sure')
    const confident = [
      { token: 'a', logprob: -0.01 },
      { token: 'b', logprob: -5 },
    ]
    const unsure = [
      { token: 'a', logprob: Math.log(0.5) },
      { token: 'b', logprob: Math.log(0.5) },
    ]
    const logprobs: TokenLogprob[] = [
      { token: text.slice(0, start), logprob: -0.01, top: confident },
      { token: 'sure', logprob: Math.log(0.5), top: unsure },
      { token: text.slice(start + 4), logprob: -0.01, top: confident },
    ]
    const score = scoreShopR1({ completion: text, gold: { type: 'terminate' }, logprobs })
    // Only the rationale token counts: logsumexp(ln .5, ln .5) − ln .5 = ln 2.
    expect(score.components.rationale).toBeCloseTo(0.005 * Math.log(2), 12)
    expect(score.flags).toContain('self-certainty-top-k-approximation')
    expect(score.flags).not.toContain('self-certainty-all-tokens')
  })
})

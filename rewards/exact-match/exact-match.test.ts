import { describe, expect, it } from 'vitest'
import { exactMatch, exactReward } from './exact-match.js'

describe('exactMatch', () => {
  it('matches terminate by type and clicks by name', () => {
    expect(exactMatch({ type: 'terminate' }, { type: 'terminate' })).toBe(true)
    expect(exactMatch({ type: 'click', name: 'a' }, { type: 'click', name: 'a' })).toBe(true)
    expect(exactMatch({ type: 'click', name: 'a' }, { type: 'click', name: 'b' })).toBe(false)
    expect(exactMatch({ type: 'terminate' }, { type: 'click', name: 'a' })).toBe(false)
    expect(exactMatch(undefined, { type: 'terminate' })).toBe(false)
  })

  it('matches input text at ROUGE-L >= the threshold', () => {
    const gold = { type: 'input' as const, name: 'q', text: 'a b c d e' }
    // a c e vs a b c d e: F = 0.75 exactly.
    expect(exactMatch({ type: 'input', name: 'q', text: 'a c e' }, gold)).toBe(true)
    expect(exactMatch({ type: 'input', name: 'q', text: 'a c e' }, gold, { textThreshold: 0.8 })).toBe(false)
    expect(exactMatch({ type: 'input', name: 'other', text: 'a b c d e' }, gold)).toBe(false)
  })
})

describe('exact reward', () => {
  it('is binary', () => {
    const completion = JSON.stringify({ rationale: 'r', action: { type: 'click', name: 'a' } })
    expect(exactReward.score({ completion, gold: { type: 'click', name: 'a' } }).total).toBe(1)
    expect(exactReward.score({ completion, gold: { type: 'click', name: 'b' } }).total).toBe(0)
    expect(exactReward.score({ completion: '', gold: { type: 'terminate' } }).total).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { parseCompletion } from './parse-completion.js'
import { parseGold } from './parse-gold.js'

const valid = JSON.stringify({ rationale: 'why', action: { type: 'click', name: 'go_to_cart' } })

describe('parseCompletion strict', () => {
  it('accepts exactly rationale and action', () => {
    expect(parseCompletion(valid, 'strict')).toEqual({
      ok: true,
      rationale: 'why',
      action: { type: 'click', name: 'go_to_cart' },
      dialect: 'input',
    })
  })

  it('reads both action dialects', () => {
    const shop = JSON.stringify({
      rationale: 'r',
      action: { type: 'type_and_submit', name: 'q', text: 'bike' },
    })
    const opera = JSON.stringify({ rationale: 'r', action: { type: 'input', name: 'q', text: 'bike' } })
    expect(parseCompletion(shop, 'strict')).toMatchObject({
      ok: true,
      action: { type: 'input', name: 'q', text: 'bike' },
      dialect: 'type_and_submit',
    })
    expect(parseCompletion(opera, 'strict')).toMatchObject({ ok: true, dialect: 'input' })
  })

  it('rejects without throwing: empty, invalid JSON, extra or missing keys, missing name or text', () => {
    const rejected = [
      '',
      '{"rationale": "r", "action": {"type": "click", "name": "x"},}',
      JSON.stringify({ rationale: 'r', action: { type: 'terminate' }, extra: 1 }),
      JSON.stringify({ action: { type: 'terminate' } }),
      JSON.stringify({ rationale: 'r', action: { type: 'click' } }),
      JSON.stringify({ rationale: 'r', action: { type: 'input', name: 'q' } }),
      JSON.stringify({ rationale: 'r', action: { type: 'scroll' } }),
      '[1, 2]',
      'null',
    ]
    for (const text of rejected) expect(parseCompletion(text, 'strict').ok, text).toBe(false)
  })
})

describe('parseCompletion lenient', () => {
  it('finds the object inside code fences and prose, and forgives trailing commas', () => {
    const fenced = `Here you go:\n\`\`\`json\n{"rationale": "r", "action": {"type": "terminate",},}\n\`\`\`\nDone.`
    expect(parseCompletion(fenced, 'lenient')).toMatchObject({ ok: true, action: { type: 'terminate' } })
    expect(parseCompletion(fenced, 'strict').ok).toBe(false)
    const prose = `I will click. ${valid} That is all.`
    expect(parseCompletion(prose, 'lenient')).toMatchObject({ ok: true, action: { name: 'go_to_cart' } })
    expect(parseCompletion('no json here', 'lenient').ok).toBe(false)
  })
})

describe('parseGold', () => {
  it('accepts an object or a JSON string in either dialect, and nothing else', () => {
    expect(parseGold('{"type": "click", "name": "a", "click_type": "review"}')).toEqual({
      type: 'click',
      name: 'a',
      click_type: 'review',
    })
    expect(parseGold({ type: 'type_and_submit', name: 'q', text: 't' })).toEqual({
      type: 'input',
      name: 'q',
      text: 't',
    })
    expect(parseGold({ type: 'scroll' })).toBeUndefined()
    expect(parseGold('not json')).toBeUndefined()
    expect(parseGold(42)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { readPage } from './page/read-page.js'
import { traitsOf } from './persona-traits.js'
import { rememberSession } from './session-memory.js'
import { goalOf, priceLimitFromInstruction, queryFromInstruction } from './shopping-goal.js'
import { personaWith } from './test-contexts.js'

const emptyPage = readPage({ html: '<html><body></body></html>', url: 'https://www.amazon.com/' })

describe('the shopping goal', () => {
  it('reads the query and the price limit out of an instruction', () => {
    expect(queryFromInstruction('Buy a stainless steel water bottle under $25')).toBe(
      'stainless steel water bottle',
    )
    expect(queryFromInstruction('I need to find some AA batteries, 24 pack')).toBe('AA batteries')
    expect(queryFromInstruction('Find an air fryer that has a 6 quart basket')).toBe('air fryer')
    expect(priceLimitFromInstruction('Buy a stainless steel water bottle under $25')).toBe(25)
    expect(priceLimitFromInstruction('a desk lamp for no more than $1,200.50')).toBe(1200.5)
    expect(priceLimitFromInstruction('a desk lamp')).toBeUndefined()
  })

  it("prefers the intent's structured fields, and falls back to the persona's budget for the limit", () => {
    const persona = personaWith('p', { seeksValue: 5 }, { monthlySpendUsd: 100 })
    const traits = traitsOf(persona)
    const memory = rememberSession([], undefined)
    const inputs = { persona, sessionId: 's', view: emptyPage, traits, memory }
    const structured = goalOf({
      ...inputs,
      intent: {
        instruction: 'whatever',
        query: 'yoga mat',
        attributes: ['cork'],
        options: { color: 'Blue' },
      },
    })
    expect(structured).toMatchObject({
      source: 'intent',
      query: 'yoga mat',
      terms: ['yoga', 'mat'],
      limitFrom: 'budget',
    })
    expect(structured.priceLimit).toBe(50)
    const worded = goalOf({ ...inputs, intent: { instruction: 'Buy a yoga mat under $30' } })
    expect(worded).toMatchObject({ query: 'yoga mat', priceLimit: 30, limitFrom: 'task' })
  })

  it('without an intent, uses the last search, then the page, then something the persona would want', () => {
    const persona = personaWith('p', {})
    const base = { persona, sessionId: 's', traits: traitsOf(persona), intent: undefined }
    const searched = rememberSession(
      [
        {
          sessionId: 's',
          actionId: 'a',
          index: 0,
          action: { type: 'input', name: 'nav_bar.search_input', text: 'moving boxes' },
          observation: {},
          errors: [],
        },
      ],
      undefined,
    )
    expect(goalOf({ ...base, view: emptyPage, memory: searched })).toMatchObject({
      source: 'history',
      query: 'moving boxes',
    })
    const product = readPage({
      html: '<h1 name="product_title">Hydraflow Water Bottle, 32 oz, Insulated</h1>',
    })
    const none = rememberSession([], undefined)
    expect(goalOf({ ...base, view: product, memory: none })).toMatchObject({
      source: 'page',
      query: 'Hydraflow Water Bottle',
    })
    const dogPerson = { ...persona, selfDescription: 'I walk my two dogs every morning.' }
    expect(goalOf({ ...base, persona: dogPerson, view: emptyPage, memory: none })).toMatchObject({
      source: 'persona',
      query: 'dog leash',
    })
  })
})

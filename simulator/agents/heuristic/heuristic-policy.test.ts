import { beforeAll, describe, expect, it } from 'vitest'
import { classifyClick } from '../../../traces/schema/click-type.js'
import type { Prediction } from '../../../traces/schema/prediction.js'
import type { Step } from '../../../traces/schema/step.js'
import type { DecisionContext } from '../policy.js'
import { createHeuristicPolicy } from './heuristic-policy.js'
import { namesOf } from './page/read-page.js'
import { amazonFixtureContexts, operaMiniContexts, personaWith } from './test-contexts.js'

let mini: DecisionContext[]
let amazon: DecisionContext[]

beforeAll(async () => {
  mini = await operaMiniContexts()
  amazon = amazonFixtureContexts()
})

const withoutLatency = ({ latencyMs: _, ...rest }: Prediction) => rest

describe('the heuristic shopper on recorded pages', () => {
  it('acts only on names present in the page, on every OPeRA step and amazon.com page', async () => {
    const policy = createHeuristicPolicy()
    for (const context of [...mini, ...amazon]) {
      for (const personaMode of ['full', 'none'] as const) {
        const prediction = await policy.decide({ ...context, personaMode })
        const action = prediction.action
        expect(action, context.sessionId).toBeDefined()
        if (action?.type === 'click' || action?.type === 'input')
          expect(namesOf(context.observation), `${context.sessionId} #${context.stepIndex}`).toContain(
            action.name,
          )
      }
    }
  })

  it('decides the same for the same context, seed included, and writes its decision as JSON', async () => {
    const first = createHeuristicPolicy({ seed: 3 })
    const second = createHeuristicPolicy({ seed: 3 })
    for (const context of [...mini, ...amazon]) {
      const a = await first.decide(context)
      const b = await second.decide(context)
      expect(withoutLatency(a)).toEqual(withoutLatency(b))
      expect(a.policy).toBe('heuristic')
      expect(JSON.parse(a.raw)).toEqual({ rationale: a.rationale, action: a.action })
      expect(a.rationale).toMatch(/\bI('|\s)/)
      if (a.action?.type === 'click') expect(a.clickType).toBe(classifyClick(a.action.name))
      else expect(a.clickType).toBeUndefined()
    }
  })

  it('recognises the kind of page and does what that page is for', async () => {
    const policy = createHeuristicPolicy()
    const onSearch = mini.find((c) => c.observation.url?.includes('/s?'))
    const onAdded = mini.find((c) => c.observation.url?.includes('smart-wagon'))
    if (!onSearch || !onAdded) throw new Error('opera-mini lacks a search or an added-to-cart page')
    const hurried = personaWith('hurried', { shopsQuickly: 5, researchesBeforeBuying: 1 })
    const careful = personaWith('careful', { shopsQuickly: 1, researchesBeforeBuying: 5 })
    const opened = await policy.decide({ ...onSearch, persona: careful, history: [] })
    expect(opened.clickType).toBe('product_link')
    expect(opened.rationale).toContain('Specialized Flashback Bicycle Tail Light')
    // OPeRA's result cards have their own add-to-cart button: someone in a hurry uses it.
    const bought = await policy.decide({ ...onSearch, persona: hurried, history: [] })
    expect(bought.clickType).toBe('purchase')
    expect(bought.action).toMatchObject({ name: expect.stringMatching(/^search_results\..*\.add_to_cart$/) })
    const added = await policy.decide({ ...onAdded, persona: hurried })
    expect(['purchase', 'other']).toContain(added.clickType)
  })

  it('searches for the intent on the home page, with the price limit in its rationale', async () => {
    const home = mini.find((c) => c.observation.url === 'https://www.amazon.com/?URL_MASKED')
    if (!home) throw new Error('opera-mini lacks a home page step')
    const prediction = await createHeuristicPolicy().decide({
      ...home,
      history: [],
      intent: { instruction: 'Buy a stainless steel water bottle under $25' },
    })
    expect(prediction.action).toEqual({
      type: 'input',
      name: 'nav_bar.search_input',
      text: 'stainless steel water bottle',
    })
    expect(prediction.rationale).toBe(
      'I\'m looking for a stainless steel water bottle under $25, so I\'ll search for "stainless steel water bottle".',
    )
  })

  it('infers the query of a replayed session from its earlier search', async () => {
    const afterSearch = mini.find((c) => c.history.some((s) => s.action.type === 'input'))
    if (!afterSearch) throw new Error('opera-mini lacks a step after a search')
    const prediction = await createHeuristicPolicy().decide({ ...afterSearch, personaMode: 'none' })
    expect(prediction.rationale).toContain('Specialized Flashback Bicycle Tail Light')
  })

  it('terminates on the last step of its budget', async () => {
    const context = mini[3] as DecisionContext
    const prediction = await createHeuristicPolicy({ maxSteps: 4 }).decide(context)
    expect(context.stepIndex).toBe(3)
    expect(prediction.action).toEqual({ type: 'terminate' })
    expect(prediction.rationale).toMatch(/long enough/)
  })

  it('does not take the same action on the same page a third time', async () => {
    const onSearch = mini.find((c) => c.observation.url?.includes('/s?')) as DecisionContext
    const policy = createHeuristicPolicy()
    const first = await policy.decide({ ...onSearch, history: [] })
    if (first.action?.type !== 'click') throw new Error('expected a click on the search page')
    const repeat: Step = {
      sessionId: onSearch.sessionId,
      actionId: 'repeat',
      index: 0,
      action: first.action,
      observation: { ...(onSearch.observation.url ? { url: onSearch.observation.url } : {}) },
      errors: [],
    }
    const again = await policy.decide({
      ...onSearch,
      history: [repeat, { ...repeat, index: 1 }],
      stepIndex: 2,
    })
    expect(again.action).not.toEqual(first.action)
  })

  it('rejects options it cannot use', () => {
    expect(() => createHeuristicPolicy({ maxSteps: 1 })).toThrow(/maxSteps/)
  })
})

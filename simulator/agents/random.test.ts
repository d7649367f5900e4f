import { describe, expect, it } from 'vitest'
import { classifyClick } from '../../traces/schema/click-type.js'
import { namesOf, readPage } from './heuristic/page/read-page.js'
import { amazonFixtureContexts, operaMiniContexts } from './heuristic/test-contexts.js'
import type { DecisionContext } from './policy.js'
import { createRandomPolicy } from './random.js'

async function allContexts(): Promise<DecisionContext[]> {
  return [...(await operaMiniContexts()), ...amazonFixtureContexts()]
}

describe('the random baseline', () => {
  it('picks only names present in the page, and types text only into text boxes', async () => {
    const contexts = await allContexts()
    const types = new Set<string>()
    for (let seed = 0; seed < 8; seed++) {
      const policy = createRandomPolicy({ seed })
      for (const context of contexts) {
        const prediction = await policy.decide(context)
        const action = prediction.action
        if (!action) throw new Error('random gave no action')
        types.add(action.type)
        if (action.type === 'terminate') continue
        if (action.type !== 'click' && action.type !== 'input') throw new Error(`unexpected ${action.type}`)
        expect(namesOf(context.observation)).toContain(action.name)
        if (action.type === 'click') expect(prediction.clickType).toBe(classifyClick(action.name))
        if (action.type === 'input') {
          const element = readPage(context.observation).get(action.name)
          expect(
            element?.tag === 'textarea' || element?.tag === 'input' || action.name.endsWith('search_input'),
          ).toBe(true)
          expect(element?.attributes.type ?? 'text').not.toMatch(/^(submit|checkbox|radio|button)$/)
          expect(action.text).not.toBe('')
        }
      }
    }
    expect([...types].sort()).toEqual(['click', 'input', 'terminate'])
  })

  it('is reproducible for a seed and differs between seeds', async () => {
    const contexts = await allContexts()
    const run = async (seed: number) =>
      Promise.all(
        contexts.map(async (c) => JSON.stringify((await createRandomPolicy({ seed }).decide(c)).action)),
      )
    expect(await run(5)).toEqual(await run(5))
    expect(await run(5)).not.toEqual(await run(6))
  })

  it('can only terminate on a page without names', async () => {
    const prediction = await createRandomPolicy({ seed: 1 }).decide({
      sessionId: 's',
      stepIndex: 0,
      personaMode: 'none',
      history: [],
      observation: { html: '<html><body><p>nothing to click</p></body></html>' },
      seed: 1,
    })
    expect(prediction.action).toEqual({ type: 'terminate' })
  })
})

import { describe, expect, it } from 'vitest'
import { operaMiniContexts } from './heuristic/test-contexts.js'
import { createOraclePolicy } from './oracle.js'

describe('the oracle baseline', () => {
  it('answers every opera-mini step with its gold action and click type', async () => {
    const oracle = createOraclePolicy()
    const contexts = await operaMiniContexts()
    expect(contexts).toHaveLength(15)
    for (const context of contexts) {
      const prediction = await oracle.decide(context)
      expect(prediction.policy).toBe('oracle')
      expect(prediction.action).toEqual(context.gold?.action)
      expect(prediction.clickType).toBe(context.gold?.clickType)
      expect(JSON.parse(prediction.raw)).toEqual({
        rationale: context.gold?.rationale ?? '',
        action: context.gold?.action,
      })
      expect(prediction.formatError).toBeUndefined()
    }
  })

  it('derives the click type from the name when the gold action has none', async () => {
    const [context] = await operaMiniContexts()
    if (!context) throw new Error('opera-mini is empty')
    const prediction = await createOraclePolicy().decide({
      ...context,
      gold: { action: { type: 'click', name: 'pagination.2' } },
    })
    expect(prediction.clickType).toBe('page_related')
  })

  it('reports a format error, not an action, when the step has no gold action', async () => {
    const [context] = await operaMiniContexts()
    if (!context) throw new Error('opera-mini is empty')
    const { gold: _, ...withoutGold } = context
    const prediction = await createOraclePolicy().decide(withoutGold)
    expect(prediction).toMatchObject({ policy: 'oracle', raw: '', formatError: 'no gold action' })
    expect(prediction.action).toBeUndefined()
  })
})

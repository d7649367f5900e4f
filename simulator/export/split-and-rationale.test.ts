import { describe, expect, it } from 'vitest'
import type { Step } from '../../traces/schema/index.js'
import { orderedMap } from './ordered-map.js'
import { chooseRationale } from './rationale-choice.js'
import { assignSplit } from './split-assignment.js'

const ids = Array.from({ length: 400 }, (_, i) => `user_${i}_2025-04-01T00:00:00Z`)

describe('assignSplit', () => {
  it("keeps a session's own split unless a ratio is given", () => {
    expect(assignSplit({ id: 'a', split: 'test' }, null, 0)).toBe('test')
    expect(assignSplit({ id: 'a', split: 'train' }, null, 0)).toBe('train')
    expect(ids.filter((id) => assignSplit({ id, split: 'test' }, 1, 0) === 'train')).toHaveLength(400)
  })

  it('splits by a seeded hash of the session id, close to the ratio', () => {
    const train = ids.filter((id) => assignSplit({ id }, 0.8, 3) === 'train').length
    expect(train).toBeGreaterThan(280)
    expect(train).toBeLessThan(360)
    expect(ids.map((id) => assignSplit({ id }, 0.8, 3))).toEqual(ids.map((id) => assignSplit({ id }, 0.8, 3)))
    expect(ids.map((id) => assignSplit({ id }, 0.8, 4))).not.toEqual(
      ids.map((id) => assignSplit({ id }, 0.8, 3)),
    )
  })
})

function step(extra: Partial<Step>): Step {
  return {
    sessionId: 's',
    actionId: 'a',
    index: 0,
    action: { type: 'click', name: 'buybox.add_to_cart' },
    observation: {},
    errors: [],
    ...extra,
  }
}

describe('chooseRationale', () => {
  const right = {
    policy: 'p',
    raw: '',
    action: { type: 'click' as const, name: 'buybox.add_to_cart' },
    rationale: 'I buy it.',
  }
  const wrong = {
    ...right,
    action: { type: 'click' as const, name: 'nav_bar.homepage' },
    rationale: 'I go home.',
  }

  it('prefers the human rationale, then a right prediction, in auto mode', () => {
    expect(chooseRationale(step({ rationale: 'Mine.', prediction: right }), 'auto')).toEqual({
      rationale: 'Mine.',
      source: 'human',
    })
    expect(chooseRationale(step({ prediction: right }), 'auto')).toEqual({
      rationale: 'I buy it.',
      source: 'model',
    })
    expect(chooseRationale(step({ rationale: '  ', prediction: wrong }), 'auto')).toEqual({
      rationale: undefined,
      source: 'none',
    })
  })

  it('takes only the asked source, and nothing for none', () => {
    expect(chooseRationale(step({ prediction: right }), 'human').source).toBe('none')
    expect(chooseRationale(step({ rationale: 'Mine.' }), 'model').source).toBe('none')
    expect(chooseRationale(step({ rationale: 'Mine.', prediction: right }), 'none').source).toBe('none')
  })
})

describe('orderedMap', () => {
  it('yields results in input order whatever order they finish in', async () => {
    async function* numbers() {
      for (let i = 0; i < 8; i++) yield i
    }
    const delays = [30, 0, 20, 5, 0, 10, 0, 1]
    const out: number[] = []
    for await (const n of orderedMap(numbers(), 3, async (i) => {
      await new Promise((r) => setTimeout(r, delays[i]))
      return i * 10
    }))
      out.push(n)
    expect(out).toEqual([0, 10, 20, 30, 40, 50, 60, 70])
  })
})

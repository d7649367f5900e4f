import { describe, expect, it } from 'vitest'
import type { Element, Step } from '../../traces/schema/index.js'
import { estimateScrollY, stepOverlay } from './step-boxes.js'
import { judgeStep } from './step-judgement.js'

const viewport = { width: 1000, height: 800 }
const el = (name: string, y: number, inViewport: boolean): Element => ({
  name,
  tag: 'a',
  text: name,
  box: { x: 10, y, width: 200, height: 40 },
  visible: true,
  inViewport,
})

function step(partial: Partial<Step>): Step {
  return {
    sessionId: 's',
    actionId: 'a',
    index: 0,
    action: { type: 'click', name: 'gold' },
    observation: { viewport, elements: [el('gold', 100, true), el('other', 300, true)] },
    errors: [],
    ...partial,
  }
}

describe('stepOverlay', () => {
  it('finds the gold and the predicted element by name in a live step (viewport coordinates)', () => {
    const s = step({
      prediction: { policy: 'p', raw: '{"rationale":"","action":{"type":"click","name":"other"}}' },
      score: { reward: 'exact', total: 0, components: {}, absent: [], flags: [], options: {} },
    })
    const overlay = stepOverlay(s, judgeStep(s))
    expect(overlay.viewport).toEqual(viewport)
    expect(overlay.gold).toMatchObject({ kind: 'located', name: 'gold', box: { y: 100 }, onScreen: true })
    expect(overlay.predicted).toMatchObject({ kind: 'located', name: 'other', box: { y: 300 } })
  })

  it('says why a target is not drawn', () => {
    const s = step({ action: { type: 'click', name: 'nowhere' } })
    expect(stepOverlay(s, undefined).gold).toEqual({
      kind: 'unlocated',
      name: 'nowhere',
      why: 'not in the element table',
    })
    expect(stepOverlay(step({ action: { type: 'terminate' } }), undefined).gold).toEqual({
      kind: 'no_target',
    })
    const bare = step({ observation: { viewport } })
    expect(stepOverlay(bare, undefined).gold).toMatchObject({ why: 'the step has no element table' })
    expect(stepOverlay(step({ prediction: undefined }), undefined).predicted).toBeUndefined()
  })

  it('moves a replayed (page-coordinate) box up by the scroll the replay made for a low pointer', () => {
    // The replay centres a pointer at pageY 1400 in an 800-px viewport: it scrolls to 1000.
    const s = step({
      mousePosition: { pageY: 1400 },
      observation: { viewport, elements: [el('top', 0, false), el('gold', 1380, true)] },
      grounding: {
        gold: {
          kind: 'resolved',
          name: 'gold',
          visible: true,
          inViewport: true,
          box: { x: 10, y: 1380, width: 200, height: 40 },
        },
      },
    })
    expect(estimateScrollY(s, viewport)).toBe(1000)
    expect(stepOverlay(s, undefined).gold).toMatchObject({ kind: 'located', box: { y: 380 }, onScreen: true })
  })

  it('keeps the scroll estimate within what the elements in view allow', () => {
    // A short page: the replay could not scroll as far as planned; the element at 500 is in view, so the
    // scroll is at most 540 (its bottom), and the element at 1300 is in view, so at least 500.
    const s = step({
      mousePosition: { pageY: 2000 },
      observation: { viewport, elements: [el('a', 500, true), el('b', 1300, true)] },
      grounding: { gold: { kind: 'missing', name: 'gold' } },
    })
    expect(estimateScrollY(s, viewport)).toBe(540)
    expect(stepOverlay(s, undefined).gold).toEqual({
      kind: 'unlocated',
      name: 'gold',
      why: 'not found on the replayed page',
    })
  })

  it('marks a box outside the screenshot as not on screen', () => {
    const s = step({ observation: { viewport, elements: [el('gold', 2000, false)] } })
    expect(stepOverlay(s, undefined).gold).toMatchObject({ kind: 'located', onScreen: false })
  })
})

import { describe, expect, it } from 'vitest'
import type { Step } from '../../traces/schema/step.js'
import { planViewport } from './viewport-plan.js'

const step = (viewport?: { width: number; height: number }, pageY?: number): Step => ({
  sessionId: 's',
  actionId: 'a',
  index: 0,
  action: { type: 'terminate' },
  observation: viewport ? { viewport } : {},
  ...(pageY === undefined ? {} : { mousePosition: { pageY } }),
  errors: [],
})

describe('planViewport', () => {
  it('keeps a recorded window that fits and scales a wider one down proportionally', () => {
    expect(planViewport(step({ width: 1280, height: 800 }), 1280)).toEqual({
      viewport: { width: 1280, height: 800 },
      scale: 1,
      scrollTarget: 0,
    })
    expect(planViewport(step({ width: 1920, height: 1080 }), 1280)).toMatchObject({
      viewport: { width: 1280, height: 720 },
      scale: 2 / 3,
    })
    expect(planViewport(step(), 1280).viewport).toEqual({ width: 1280, height: 800 })
  })

  it('scrolls only for a pointer below the first screen, centring it (in scaled pixels)', () => {
    expect(planViewport(step({ width: 1280, height: 800 }, 700), 1280).scrollTarget).toBe(0)
    expect(planViewport(step({ width: 1280, height: 800 }, 2000), 1280).scrollTarget).toBe(1600)
    expect(planViewport(step({ width: 2560, height: 1600 }, 4000), 1280).scrollTarget).toBe(1600)
  })
})

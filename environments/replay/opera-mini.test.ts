import { resolve } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openOperaDataset } from '../../traces/opera/reader.js'
import type { Step } from '../../traces/schema/step.js'
import { type BrowserPool, createBrowserPool } from '../browser/pool.js'
import { openStepRenderer } from './index.js'
import type { StepRenderer } from './types.js'

const OPERA_MINI = resolve(import.meta.dirname, '..', '..', 'data', 'opera-mini')

let pool: BrowserPool
let renderer: StepRenderer
let steps: Step[]

beforeAll(async () => {
  pool = createBrowserPool()
  renderer = await openStepRenderer(pool)
  steps = []
  const dataset = await openOperaDataset(OPERA_MINI)
  for await (const session of dataset.sessions()) steps.push(...session.steps)
})
afterAll(async () => {
  await renderer.close()
  await pool.close()
})

describe('replaying opera-mini', () => {
  it('grounds every gold action on one element inside the page (terminate has no target)', async () => {
    expect(steps).toHaveLength(15)
    for (const step of steps) {
      const replayed = await renderer.render(step)
      const gold = replayed.grounding.gold
      if (step.action.type === 'terminate') {
        expect(gold.kind).toBe('not_applicable')
        continue
      }
      expect({ step: step.index, kind: gold.kind }).toEqual({ step: step.index, kind: 'resolved' })
      if (gold.kind !== 'resolved') continue
      expect(gold.box).toBeDefined()
      const box = gold.box ?? { x: -1, y: -1, width: 0, height: 0 }
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.width).toBeGreaterThan(0)
      expect(box.x + box.width).toBeLessThanOrEqual(replayed.viewport.width + 1)
      expect(gold.visible).toBe(true)
      if (step.action.type === 'input') expect(gold.acceptsText).toBe(true)
      expect(replayed.warnings).toEqual([])
      expect(replayed.elements.some((e) => e.name === gold.name && e.clickType !== undefined)).toBe(
        step.action.type === 'click',
      )
    }
  })

  it('takes a JPEG of the viewport scaled down to maxWidth', async () => {
    const step = steps[0] as Step
    const wide: Step = {
      ...step,
      observation: { ...step.observation, viewport: { width: 2560, height: 1440 } },
    }
    const replayed = await renderer.render(wide)
    expect(replayed.scale).toBe(0.5)
    expect(replayed.viewport).toEqual({ width: 1280, height: 720 })
    const meta = await sharp(replayed.screenshot?.bytes).metadata()
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
      format: 'jpeg',
      width: 1280,
      height: 720,
    })
  })

  it('skips the screenshot when the dataset has one, unless asked to rerender', async () => {
    const step = steps[1] as Step
    expect((await renderer.render(step, { hasScreenshot: true })).screenshot).toBeUndefined()
    const rerendering = await openStepRenderer(pool, { rerender: true })
    try {
      expect((await rerendering.render(step, { hasScreenshot: true })).screenshot?.width).toBe(1280)
    } finally {
      await rerendering.close()
    }
  })

  it('grounds a predicted action too', async () => {
    const step = steps.find((s) => s.action.type === 'input') as Step
    const predicted: Step = {
      ...step,
      prediction: { policy: 'test', raw: '', action: { type: 'click', name: 'nav_bar.search_button' } },
    }
    const replayed = await renderer.render(predicted)
    expect(replayed.grounding.predicted).toMatchObject({ kind: 'resolved', name: 'nav_bar.search_button' })
    const wrong: Step = {
      ...step,
      prediction: { policy: 'test', raw: '', action: { type: 'click', name: 'no.such.element' } },
    }
    expect((await renderer.render(wrong)).grounding.predicted).toEqual({
      kind: 'missing',
      name: 'no.such.element',
    })
  })

  it('scrolls to a recorded pointer below the first screen, centring it', async () => {
    // The search box sits in the nav bar at the top, so once scrolled it is out of view.
    const step = steps.find((s) => s.action.type === 'input') as Step
    const tall = `${step.observation.html ?? ''}<div style="height:3000px" name="filler">filler</div>`
    const replayed = await renderer.render({
      ...step,
      observation: { ...step.observation, html: tall },
      mousePosition: { pageY: 1400 },
    })
    expect(replayed.scrollY).toBe(1000)
    const gold = replayed.grounding.gold
    expect(gold).toMatchObject({ kind: 'resolved', visible: true, inViewport: false })
  })
})

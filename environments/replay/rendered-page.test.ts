import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Step } from '../../traces/schema/step.js'
import { type BrowserPool, createBrowserPool } from '../browser/pool.js'
import { openStepRenderer } from './index.js'
import type { StepRenderer } from './types.js'

let pool: BrowserPool
let renderer: StepRenderer

beforeAll(async () => {
  pool = createBrowserPool()
  renderer = await openStepRenderer(pool, { som: true })
})
afterAll(async () => {
  await renderer.close()
  await pool.close()
})

const QUANTITY = 'buybox.one_time_purchase.purchase_form.quantity_selector'
const PAGE = `<html><head></head><body>
<div name="nav_bar" role="navigation"><div name="nav_bar.homepage">Homepage</div>
<form role="search"><input name="nav_bar.search_input" value="" type="text"><input name="nav_bar.search_button" type="submit" value="Go"></form></div>
<div name="buybox.one_time_purchase.purchase_form">
<select name="${QUANTITY}"><span name="${QUANTITY}.open_drop_down_list">Quantity: 1</span>
<a name="${QUANTITY}.1" value="1" selected="true">1</a><a name="${QUANTITY}.2" value="2">2</a></select>
<button name="buybox.one_time_purchase.purchase_form.add_to_cart">Add to Cart</button>
<span name="hidden_note" aria-hidden="true">hidden</span></div>
<div style="height: 3000px"></div><a name="footer.back_to_top">Back to top</a>
</body></html>`

const step = (name: string, viewport = { width: 1280, height: 800 }): Step => ({
  sessionId: 's',
  actionId: 'a',
  index: 0,
  action: { type: 'click', name },
  observation: { html: PAGE, viewport },
  errors: [],
})

describe('a select in simplified HTML', () => {
  it('keeps its named children, which ground like any element', async () => {
    const replayed = await renderer.render(step(`${QUANTITY}.2`))
    expect(replayed.grounding.gold).toMatchObject({ kind: 'resolved', visible: true, inViewport: true })
    const byName = new Map(replayed.elements.map((e) => [e.name, e]))
    expect(byName.get(QUANTITY)?.tag).toBe('select')
    expect(byName.get(`${QUANTITY}.open_drop_down_list`)?.text).toBe('Quantity: 1')
    expect(byName.get(`${QUANTITY}.2`)).toMatchObject({ tag: 'a', clickType: 'quantity', visible: true })
  })
})

describe('the element table', () => {
  it('describes every named element and classifies the clickable ones', async () => {
    const replayed = await renderer.render(step('nav_bar.search_button'))
    const byName = new Map(replayed.elements.map((e) => [e.name, e]))
    expect(byName.get('nav_bar.search_input')?.clickType).toBeUndefined()
    expect(byName.get('nav_bar.search_button')).toMatchObject({
      tag: 'input',
      text: 'Go',
      clickType: 'search',
    })
    expect(byName.get('buybox.one_time_purchase.purchase_form.add_to_cart')?.clickType).toBe('purchase')
    expect(byName.get('nav_bar')?.clickType).toBeUndefined()
    expect(byName.get('hidden_note')?.visible).toBe(false)
    expect(byName.get('footer.back_to_top')).toMatchObject({ visible: true, inViewport: false })
  })

  it('records whether an input action lands on something that takes text', async () => {
    const typing = (name: string): Step => ({ ...step(name), action: { type: 'input', name, text: 'socks' } })
    expect((await renderer.render(typing('nav_bar.search_input'))).grounding.gold).toMatchObject({
      kind: 'resolved',
      acceptsText: true,
    })
    expect((await renderer.render(typing('nav_bar.homepage'))).grounding.gold).toMatchObject({
      kind: 'resolved',
      acceptsText: false,
    })
  })
})

describe('set-of-marks', () => {
  it('numbers every named visible element on screen, drawn over the screenshot as a PNG', async () => {
    const replayed = await renderer.render(step('nav_bar.homepage', { width: 1600, height: 1000 }))
    const som = replayed.som
    expect(som).toBeDefined()
    if (!som) return
    const meta = await sharp(som.bytes).metadata()
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
      format: 'png',
      width: 1280,
      height: 800,
    })
    expect(som.marks.map((m) => m.id)).toEqual(som.marks.map((_, i) => i + 1))
    const onScreen = replayed.elements.filter((e) => e.visible && e.inViewport).map((e) => e.name)
    expect(som.marks.map((m) => m.name)).toEqual(onScreen)
    expect(onScreen).toContain(`${QUANTITY}.1`)
    expect(onScreen).not.toContain('hidden_note')
    expect(onScreen).not.toContain('footer.back_to_top')
    for (const { box } of som.marks) {
      expect(box.x + box.width).toBeLessThanOrEqual(1280)
      expect(box.y + box.height).toBeLessThanOrEqual(800)
    }
  })
})

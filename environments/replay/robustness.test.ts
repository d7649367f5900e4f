import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isShopsimError } from '../../traces/errors.js'
import type { Step } from '../../traces/schema/step.js'
import { type BrowserPool, createBrowserPool } from '../browser/pool.js'
import { openStepRenderer } from './index.js'
import type { StepRenderer } from './types.js'

let pool: BrowserPool
let renderer: StepRenderer

beforeAll(async () => {
  pool = createBrowserPool()
  renderer = await openStepRenderer(pool)
})
afterAll(async () => {
  await renderer.close()
  await pool.close()
})

const step = (html: string | undefined, name = 'target'): Step => ({
  sessionId: 's',
  actionId: 'a',
  index: 0,
  action: { type: 'click', name },
  observation: html === undefined ? {} : { html },
  errors: [],
})

/** About 10 MB of product cards with long descriptions (as review-heavy pages have), the target last. */
function enormousPage(): string {
  const description = 'Double-wall vacuum insulation keeps drinks cold for 24 hours and hot for 12. '.repeat(
    24,
  )
  const card = (i: number) =>
    `<div name="search_results.item_${i}" class="search-result"><a name="search_results.item_${i}.product_name">` +
    `Stainless steel water bottle ${i}, 40 oz, insulated</a><span class="product-price">$${i % 90}.99</span>` +
    `<p>${description}</p></div>`
  const cards: string[] = []
  let size = 0
  for (let i = 0; size < 10 * 1024 * 1024; i++) {
    const html = card(i)
    cards.push(html)
    size += html.length
  }
  return `<html><body><div name="search_results">${cards.join('')}</div><button name="target">Go</button></body></html>`
}

describe('pages that are broken, empty or enormous', () => {
  it('renders an empty page with a warning and grounds nothing', async () => {
    for (const html of ['', undefined, '   ']) {
      const replayed = await renderer.render(step(html))
      expect(replayed.warnings).toContain('empty_html')
      expect(replayed.grounding.gold).toEqual({ kind: 'missing', name: 'target' })
      expect(replayed.screenshot?.width).toBe(1280)
    }
  })

  it('renders broken HTML: unclosed tags and garbage bytes', async () => {
    const garbage = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7919) % 65_000))
    const html = `<div name="a"><span name="b">unclosed <p><table><tr><td name="target">cell${garbage}<select name="s"><a name="s.x">x`
    const replayed = await renderer.render(step(html))
    expect(replayed.grounding.gold.kind).toBe('resolved')
    expect(replayed.elements.map((e) => e.name)).toEqual(
      expect.arrayContaining(['a', 'b', 'target', 's', 's.x']),
    )
  })

  it('records an ambiguous target and locates the first match', async () => {
    const html =
      '<button name="target">first</button><div style="height:2000px"></div><button name="target">second</button>'
    const gold = (await renderer.render(step(html))).grounding.gold
    expect(gold).toMatchObject({ kind: 'ambiguous', matches: 2, inViewport: true })
  })

  it('renders a 10 MB page without hanging', async () => {
    const replayed = await renderer.render(step(enormousPage()))
    // On a loaded machine the page may outlast the settle time or the table its budget: then it says so.
    const finished = replayed.warnings.filter((w) => w !== 'elements_truncated').length === 0
    if (finished) expect(replayed.grounding.gold.kind).toBe('resolved')
    else expect(replayed.warnings.some((w) => w.endsWith('_timeout'))).toBe(true)
    if (replayed.warnings.length === 0) expect(replayed.elements.length).toBeGreaterThan(10_000)
  })

  it('warns and carries on when a page does not settle in time', async () => {
    const impatient = await openStepRenderer(pool, { settleTimeoutMs: 1 })
    try {
      const replayed = await impatient.render(step(enormousPage()))
      expect(replayed.warnings.some((w) => w.endsWith('_timeout'))).toBe(true)
      // The next step is rendered on a fresh page, unaffected.
      const next = await impatient.render(step('<button name="target">ok</button>'))
      expect(next.grounding.gold.kind === 'resolved' || next.warnings.length > 0).toBe(true)
    } finally {
      await impatient.close()
    }
  })

  it('throws E_BROWSER_CRASHED when the browser dies', async () => {
    const own = await openStepRenderer(pool)
    await own.render(step('<button name="target">before</button>'))
    const victim = await pool.newContext()
    const cdp = await victim.context.browser()?.newBrowserCDPSession()
    // Browser.crash kills the whole Chromium process, as an OOM kill or a segfault would.
    await cdp?.send('Browser.crash').catch(() => undefined)
    const error = await own.render(step('<button name="target">after</button>')).catch((e: unknown) => e)
    expect(isShopsimError(error, 'E_BROWSER_CRASHED')).toBe(true)
    await own.close()
  })
})

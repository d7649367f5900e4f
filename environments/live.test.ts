import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from './browser/pool.js'
import { type LiveEnvironment, openLiveEnvironment } from './live.js'
import { NAME_ATTRIBUTE, type SimplifiedPage } from './simplify/simplify-page.js'

/** Marks `data-n` elements the way the real simplifier marks recipe matches (the real one is tested elsewhere). */
async function markDataN(page: Page): Promise<SimplifiedPage> {
  const names = await page.evaluate((mark) => {
    return [...document.querySelectorAll('[data-n]')].map((el) => {
      el.setAttribute(mark, el.getAttribute('data-n') ?? '')
      return el.getAttribute('data-n') ?? ''
    })
  }, NAME_ATTRIBUTE)
  return {
    recipe: 'test',
    html: names.map((n) => `<div name="${n}"></div>`).join(''),
    elements: names.map((name) => ({ name, tag: 'div', text: '', visible: true })),
    pageMeta: {},
    elementMeta: {},
    warnings: [],
  }
}

const PAGES: Record<string, (origin: string, other: string) => string> = {
  '/': (_o, other) => `<html><body style="height:3000px">
    <a data-n="go_next" href="/next">next</a>
    <a data-n="go_away" href="${other}/secret">elsewhere</a>
    <form action="/s" method="get"><input data-n="nav_bar.search_input" name="k"></form>
    <select data-n="qty" id="qty"><option data-n="qty.1" value="1">1</option><option data-n="qty.2" value="2">2</option></select>
    <button data-n="hidden_button" style="display:none">hidden</button>
    <button data-n="disabled_button" disabled>disabled</button>
    <a data-n="dup" href="/next">first</a><a data-n="dup" href="/s?k=second">second</a>
    <a data-n="slow" href="/slow">slow</a>
    <button data-n="script_nav" onclick="location.assign('/next')">scripted</button>
    <button data-n="counter" onclick="this.textContent = 'clicked ' + (++window.clicks || (window.clicks = 1))">count</button>
    <a data-n="to_section" href="#section">section</a>
    <a data-n="no_content" href="/nocontent">nothing</a>
    <span style="position:relative;display:inline-block"><button data-n="covered">under</button>
      <span style="position:absolute;inset:0;background:#fff;opacity:.9"></span></span>
    <img src="${other}/pixel.png">
    <iframe src="${other}/frame"></iframe>
    <a data-n="popup" href="${other}/popup" target="_blank">new window</a>
  </body></html>`,
  '/next': () => '<html><body><h1>next page</h1></body></html>',
  '/pictures': () =>
    '<html><body style="margin:0"><img src="/late-picture.png" width="200" height="200" loading="lazy" alt=""></body></html>',
  '/tall': () =>
    '<html><body style="margin:0;height:4000px;background:linear-gradient(#c00,#0c0 50%,#00c)"><h1>tall</h1></body></html>',
  '/s': () => '<html><body><h1>results</h1></body></html>',
}

let server: Server
let otherServer: Server
let origin: string
let other: string
let otherHits = 0
let pool: BrowserPool

function listen(s: Server): Promise<string> {
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)),
  )
}

let redPicture: Buffer

beforeAll(async () => {
  redPicture = await sharp({
    create: { width: 200, height: 200, channels: 3, background: { r: 220, g: 0, b: 0 } },
  })
    .png()
    .toBuffer()
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/slow') return // never answers: the agent's click must time out, not hang
    if (path === '/late-picture.png') {
      // A picture that takes a while, as product pictures do on a real site.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' })
        res.end(redPicture)
      }, 400)
      return
    }
    if (path === '/nocontent') {
      res.writeHead(204)
      res.end()
      return
    }
    const page = PAGES[path]
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html' })
    res.end(page ? page(origin, other) : 'not found')
  })
  otherServer = createServer((_req, res) => {
    otherHits++
    res.end('should never be reached')
  })
  origin = await listen(server)
  other = await listen(otherServer)
  pool = createBrowserPool()
})

afterAll(async () => {
  await pool.close()
  server.closeAllConnections()
  server.close()
  otherServer.close()
})

async function env(): Promise<LiveEnvironment> {
  const live = await openLiveEnvironment({
    pool,
    allowlist: [origin],
    simplify: markDataN,
    actionTimeoutMs: 1500,
    screenshot: { quality: 50, maxWidth: 640 },
  })
  expect(await live.reset(`${origin}/`)).toMatchObject({ kind: 'ok', navigated: true })
  await live.observe()
  return live
}

describe('live environment', () => {
  it('observes the page: url, simplified html, element table and a resized viewport JPEG', async () => {
    const live = await env()
    const seen = await live.observe()
    expect(seen.observation.url).toBe(`${origin}/`)
    expect(seen.observation.elements?.map((e) => e.name)).toContain('nav_bar.search_input')
    expect(seen.screenshot).toMatchObject({ width: 640, height: 400 })
    expect([...seen.screenshot.bytes.slice(0, 2)]).toEqual([0xff, 0xd8])
    await live.close()
  })

  it('screenshots the viewport where it is scrolled to, as Playwright would', async () => {
    const live = await openLiveEnvironment({ pool, allowlist: [origin], simplify: markDataN })
    const pixels = async (jpeg: Uint8Array) => sharp(jpeg).raw().toBuffer()
    try {
      await live.reset(`${origin}/tall`)
      const top = await pixels((await live.observe()).screenshot.bytes)
      await live.act({ type: 'scroll', detail: { dy: 1500 } })
      const seen = await live.observe()
      expect(seen.screenshot).toMatchObject({ width: 1280, height: 800 })
      const scrolled = await pixels(seen.screenshot.bytes)
      const playwright = await pixels(
        await live.page.screenshot({ type: 'jpeg', quality: 60, caret: 'initial' }),
      )
      expect(scrolled.equals(playwright)).toBe(true)
      expect(scrolled.equals(top)).toBe(false)
    } finally {
      await live.close()
    }
  })

  it('waits for the pictures in view before the screenshot', async () => {
    const live = await openLiveEnvironment({ pool, allowlist: [origin], simplify: markDataN })
    try {
      await live.reset(`${origin}/pictures`)
      const { data, info } = await sharp((await live.observe()).screenshot.bytes)
        .raw()
        .toBuffer({ resolveWithObject: true })
      const at = (100 * info.width + 100) * info.channels
      // The middle of the picture is red, not the white page it would be without waiting.
      expect(data[at]).toBeGreaterThan(180)
      expect(data[at + 1]).toBeLessThan(60)
    } finally {
      await live.close()
    }
  })

  it('clicks by name, types and submits, selects options, goes back and scrolls', async () => {
    const live = await env()
    expect(await live.act({ type: 'click', name: 'go_next' })).toMatchObject({
      kind: 'ok',
      navigated: true,
      url: `${origin}/next`,
    })
    expect(await live.act({ type: 'navigation', navigationType: 'back' })).toMatchObject({
      kind: 'ok',
      url: `${origin}/`,
    })
    await live.observe()
    expect(
      await live.act({ type: 'input', name: 'nav_bar.search_input', text: 'usb c cable' }),
    ).toMatchObject({ kind: 'ok', url: `${origin}/s?k=usb+c+cable` })
    await live.reset(`${origin}/`)
    await live.observe()
    expect(await live.act({ type: 'click', name: 'qty.2' })).toMatchObject({ kind: 'ok', navigated: false })
    expect(await live.page.inputValue('#qty')).toBe('2')
    expect(await live.act({ type: 'scroll', detail: { dy: 500 } })).toMatchObject({ kind: 'ok' })
    expect(await live.page.evaluate(() => window.scrollY)).toBe(500)
    expect(await live.act({ type: 'click', name: 'dup' })).toMatchObject({
      kind: 'ok',
      ambiguous: 2,
      url: `${origin}/next`,
    })
    expect(await live.act({ type: 'terminate' })).toMatchObject({ kind: 'ok', navigated: false })
    await live.close()
  })

  it('waits for the navigations a click starts, whatever starts them, and only for those', async () => {
    const live = await env()
    expect(await live.act({ type: 'click', name: 'script_nav' })).toMatchObject({
      kind: 'ok',
      navigated: true,
      url: `${origin}/next`,
    })
    await live.reset(`${origin}/`)
    await live.observe()
    expect(await live.act({ type: 'click', name: 'counter' })).toMatchObject({ kind: 'ok', navigated: false })
    expect(await live.act({ type: 'click', name: 'counter' })).toMatchObject({ kind: 'ok', navigated: false })
    expect(await live.page.textContent('button[data-n="counter"]')).toBe('clicked 2')
    expect(await live.act({ type: 'click', name: 'to_section' })).toMatchObject({
      kind: 'ok',
      navigated: true,
      url: `${origin}/#section`,
    })
    // A 204 starts a navigation that never commits: the click ends, on the same page.
    expect(await live.act({ type: 'click', name: 'no_content' })).toMatchObject({
      kind: 'ok',
      navigated: false,
      url: `${origin}/#section`,
    })
    // Covered by an overlay: the mouse would hit the overlay, so the click goes through Playwright's
    // locator, which waits for the element to receive events and gives up at the action timeout.
    expect(await live.act({ type: 'click', name: 'covered' })).toMatchObject({ kind: 'timeout', ms: 1500 })
    await live.close()
  })

  it('turns agent mistakes into results, never exceptions', async () => {
    const live = await env()
    expect(await live.act({ type: 'click', name: 'no.such.element' })).toEqual({
      kind: 'element_not_found',
      name: 'no.such.element',
    })
    expect(await live.act({ type: 'click', name: 'hidden_button' })).toMatchObject({
      kind: 'not_interactable',
      reason: 'the element is not visible',
    })
    expect(await live.act({ type: 'click', name: 'disabled_button' })).toMatchObject({
      kind: 'not_interactable',
      reason: 'the element is disabled',
    })
    expect(await live.act({ type: 'input', name: 'go_next', text: 'x' })).toMatchObject({
      kind: 'not_interactable',
      reason: 'the element does not take text',
    })
    expect(await live.act({ type: 'click', name: 'slow' })).toMatchObject({ kind: 'timeout', ms: 1500 })
    await live.close()
  })

  it('keeps the agent inside the allowlist and reports what it refused', async () => {
    const live = await env()
    const first = await live.observe()
    expect(first.blockedRequests).toEqual([])
    expect(await live.act({ type: 'click', name: 'go_away' })).toEqual({
      kind: 'navigation_blocked',
      url: `${other}/secret`,
    })
    expect(await live.reset(`${other}/`)).toEqual({ kind: 'navigation_blocked', url: `${other}/` })
    await live.reset(`${origin}/`)
    const again = await live.observe()
    expect(again.blockedRequests).toContain(`${other}/pixel.png`)
    expect(again.blockedRequests).toContain(`${other}/frame`)
    // A new window is another page of the context: refused the same way.
    const popup = live.page.context().waitForEvent('page')
    await live.act({ type: 'click', name: 'popup' })
    await (await popup).waitForLoadState('domcontentloaded')
    expect((await live.observe()).blockedRequests).toContain(`${other}/popup`)
    expect(otherHits).toBe(0)
    await live.close()
  })
})

describe('live environment when Chromium dies', () => {
  it('surfaces a typed E_BROWSER_CRASHED instead of an agent result', async () => {
    const own = createBrowserPool()
    try {
      const live = await openLiveEnvironment({ pool: own, allowlist: [origin], simplify: markDataN })
      await live.reset(`${origin}/`)
      const cdp = await live.page.context().browser()?.newBrowserCDPSession()
      await cdp?.send('Browser.crash').catch(() => undefined)
      await expect.poll(() => live.page.context().browser()?.isConnected()).toBe(false)
      await expect(live.act({ type: 'click', name: 'go_next' })).rejects.toMatchObject({
        code: 'E_BROWSER_CRASHED',
      })
      await expect(live.observe()).rejects.toMatchObject({ code: 'E_BROWSER_CRASHED' })
    } finally {
      await own.close()
    }
  })
})

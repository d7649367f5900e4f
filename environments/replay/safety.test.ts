import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Step } from '../../traces/schema/step.js'
import { type BrowserPool, createBrowserPool } from '../browser/pool.js'
import { openStepRenderer } from './index.js'
import { openOfflineContext } from './offline-context.js'
import { prepareHtml } from './prepare-html.js'

/** A server every URL of the hostile page points at: any connection or request to it is a leak. */
let server: Server
let origin: string
const hits: string[] = []
let connections = 0
let pool: BrowserPool

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`)
    response.setHeader('content-type', 'text/html')
    response.end('<script>document.title = "pwned"</script>')
  })
  server.on('connection', () => {
    connections++
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  pool = createBrowserPool()
})
afterAll(async () => {
  await pool.close()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

function hostilePage(): string {
  return `<html><head>
<meta http-equiv="refresh" content="0; url=${origin}/refresh">
<link rel="stylesheet" href="${origin}/style.css">
<link rel="preload" as="image" href="${origin}/preload.png">
<link rel="prefetch" href="${origin}/prefetch">
<style>@import url("${origin}/import.css"); body { background-image: url("${origin}/bg.png") }</style>
<script>document.title = 'pwned'; window.__ran = 1</script>
<script src="${origin}/script.js"></script>
</head><body onload="document.title = 'pwned'; window.__ran = 1">
<div name="marker">clean</div>
<script>document.querySelector('[name=marker]').textContent = 'pwned'</script>
<img name="picture" src="${origin}/image.png" onerror="document.title = 'pwned'; window.__ran = 1">
<img srcset="${origin}/srcset.png 2x">
<iframe name="frame" src="${origin}/frame.html"></iframe>
<object data="${origin}/object"></object>
<video poster="${origin}/poster.png" src="${origin}/video.mp4"></video>
<button name="handler" onclick="document.title = 'pwned'; window.__ran = 1">Click me</button>
<a name="js_link" href="javascript:document.title='pwned';window.__ran=1">run</a>
<a name="plain_link" href="${origin}/link">leave</a>
<form name="order" method="post" action="${origin}/post"><input name="field" value="x">
<button name="submit" type="submit">Send</button></form>
</body></html>`
}

const step = (html: string): Step => ({
  sessionId: 's',
  actionId: 'a',
  index: 0,
  action: { type: 'click', name: 'handler' },
  observation: { html, viewport: { width: 1280, height: 800 } },
  errors: [],
})

/** Gives anything the page might still send time to reach the server. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

describe('replayed pages stay offline and inert', () => {
  it('renders a hostile page without a single request and without running its scripts', async () => {
    const renderer = await openStepRenderer(pool, { som: true })
    try {
      const replayed = await renderer.render(step(hostilePage()))
      await settle()
      expect(replayed.grounding.gold).toMatchObject({ kind: 'resolved', name: 'handler' })
      expect(replayed.elements.find((e) => e.name === 'marker')?.text).toBe('clean')
      expect(replayed.screenshot).toBeDefined()
      expect(replayed.warnings).toEqual([])
    } finally {
      await renderer.close()
    }
    expect(hits).toEqual([])
    expect(connections).toBe(0)
  })

  it('stays inert when the page is clicked, its links followed and its form posted', async () => {
    const lent = await openOfflineContext(pool)
    try {
      // The raw page, meta refresh armed: the context alone must hold even without prepareHtml.
      for (const html of [hostilePage(), prepareHtml(hostilePage()).html]) {
        const page = await lent.context.newPage()
        await page.setContent(html, { waitUntil: 'commit' }).catch(() => undefined)
        await settle()
        await page.close()
      }
      const leaving = await lent.context.newPage()
      await leaving.setContent(prepareHtml(hostilePage()).html)
      await leaving.click('[name="plain_link"]', { noWaitAfter: true }).catch(() => undefined)
      await settle()
      await leaving.close()
      const page = await lent.context.newPage()
      await page.setContent(prepareHtml(hostilePage()).html)
      await page.click('[name="handler"]')
      await page.click('[name="js_link"]')
      const markersBeforeSubmit = await page.evaluate(() => ({
        title: document.title,
        ran: (window as { __ran?: number }).__ran,
      }))
      expect(markersBeforeSubmit).toEqual({ title: '', ran: undefined })
      await page.click('[name="submit"]', { noWaitAfter: true }).catch(() => undefined)
      await settle()
      // After the refused post the page may be Chromium's error page; either way nothing of ours ran.
      const markers = await page
        .evaluate(() => ({ title: document.title, ran: (window as { __ran?: number }).__ran }))
        .catch(() => ({ title: '', ran: undefined }))
      expect(markers.title).not.toBe('pwned')
      expect(markers.ran).toBeUndefined()
    } finally {
      await lent.close()
    }
    expect(hits).toEqual([])
    expect(connections).toBe(0)
  })

  it('is a real test: the same page in an ordinary context does reach the counting server', async () => {
    const ordinary = await pool.newContext()
    try {
      const page = await ordinary.context.newPage()
      await page.setContent(hostilePage(), { waitUntil: 'commit' }).catch(() => undefined)
      await expect.poll(() => hits.length).toBeGreaterThan(0)
    } finally {
      await ordinary.close()
    }
  })
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../environments/browser/index.js'
import { html, trusted } from './escape-html.js'
import { pageShell } from './page-shell.js'
import { filesUnder } from './report-files.js'
import { FILTER_SCRIPT } from './report-script.js'
import { tempReportDir, writeTestRun } from './test-run.js'
import { writeReport } from './write-report.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

interface Watch {
  dialogs: string[]
  pageErrors: string[]
  /** Console errors of the report's own pages (the sandboxed recorded pages are counted apart). */
  reportErrors: string[]
  sandboxErrors: string[]
}

function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], pageErrors: [], reportErrors: [], sandboxErrors: [] }
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => seen.pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const from = message.location().url
    ;(/\/pages\/\d{6}\.html$/.test(from) ? seen.sandboxErrors : seen.reportErrors).push(message.text())
  })
  return seen
}

/** Opens every fold and loads every lazy frame, so all of the page's data is parsed and shown. */
async function showEverything(page: Page): Promise<void> {
  const frames = await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
    const iframes = [...document.querySelectorAll('iframe')]
    for (const iframe of iframes) iframe.loading = 'eager'
    return iframes.length
  })
  await expect.poll(() => page.frames().length - 1).toBe(frames)
  for (const frame of page.frames()) await frame.waitForLoadState('load')
}

const handlers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
    ),
  )

describe('the report in Chromium', () => {
  it('runs none of the scripts hidden in rationales, names, URLs, persona text, HTML and a session id', async () => {
    const root = tempReportDir('safety')
    const runDir = await writeTestRun(join(root, 'run'), { payloads: true, sessions: 2, stepsPerSession: 3 })
    const out = join(root, 'report')
    await writeReport({ runDir, out, resamples: 0 })
    const pages = filesUnder(out).filter((f) => f.endsWith('index.html'))
    expect(pages).toHaveLength(3)

    const page = await browser.newPage()
    const seen = watch(page)
    for (const file of pages) {
      await page.goto(pathToFileURL(join(out, file)).href)
      await showEverything(page)
      for (const frame of page.frames())
        expect(
          await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned),
          frame.url(),
        ).toBeUndefined()
      expect(await page.title()).toMatch(/^shopsim report/)
      expect(await handlers(page)).toEqual([])
      // Our filter script on the index, nothing on session pages.
      expect(await page.locator('script').count()).toBe(file === 'index.html' ? 1 : 0)
      // The payloads are shown as the text they are.
      expect(await page.locator('body').textContent()).toContain(
        '<script>window.__pwned = 1; document.title = "pwned"</script>',
      )
    }
    const sessionPage = pages.find((f) => f.startsWith('sessions/_')) as string
    await page.goto(pathToFileURL(join(out, sessionPage)).href)
    await showEverything(page)
    // The recorded page is rendered (its text shows) with its scripts present and refused.
    const recorded = page.frames().find((f) => f.url().endsWith('/pages/000000.html'))
    expect(await recorded?.locator('body').textContent()).toContain('Item 0')
    expect(await recorded?.locator('script').count()).toBeGreaterThan(0)
    await page.close()

    expect(seen.dialogs).toEqual([])
    expect(seen.pageErrors).toEqual([])
    expect(seen.reportErrors).toEqual([])
    // The recorded pages' own scripts were there and were refused by the sandbox.
    expect(seen.sandboxErrors.some((m) => /Blocked script execution .* sandboxed/.test(m))).toBe(true)
  })

  it("refuses any script but the report's own, even one that got past escaping", async () => {
    const root = tempReportDir('csp')
    const injected = trusted('<script>window.__pwned = 1</script><img src="https://example.com/x.png">')
    const file = join(root, 'page.html')
    const body = html`<span id="shown-count">?</span>${injected}`
    writeFileSync(file, pageShell({ title: 'csp', heading: 'csp', body, script: FILTER_SCRIPT }))
    const page = await browser.newPage()
    const fetched: string[] = []
    page.on('requestfinished', (request) => fetched.push(request.url()))
    await page.goto(pathToFileURL(file).href)
    // Our script ran (it counts the rows shown); the injected one did not.
    await expect.poll(() => page.locator('#shown-count').textContent()).toBe('0')
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    await page.close()
    expect(fetched.filter((url) => !url.startsWith('file:'))).toEqual([])
  })
})

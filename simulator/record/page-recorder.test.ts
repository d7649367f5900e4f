import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/pool.js'
import { NAME_ATTRIBUTE, type SimplifiedPage } from '../../environments/simplify/index.js'
import { openRunDir, type RunDir } from '../../traces/store/index.js'
import { startRecording } from './start-recording.js'

/** Shorter settling than a person needs: test pages are small and the test acts only once they settle. */
const FAST = { quietMs: 100, maxWaitMs: 600, afterActionMs: 200 }

/**
 * Names `data-n` elements the way the recipe engine names recipe matches, and writes inputs with their live
 * value (as the real simplified HTML does), so redaction of observations is exercised too.
 */
async function markDataN(page: Page): Promise<SimplifiedPage> {
  const found = await page.evaluate((mark) => {
    return Array.from(document.querySelectorAll('[data-n]')).map((el) => {
      const name = el.getAttribute('data-n') ?? ''
      el.setAttribute(mark, name)
      const value = el instanceof HTMLInputElement ? el.value : undefined
      return { name, tag: el.tagName.toLowerCase(), value }
    })
  }, NAME_ATTRIBUTE)
  return {
    recipe: 'test',
    html: found
      .map(
        (e) => `<${e.tag} name="${e.name}"${e.value === undefined ? '' : ` value="${e.value}"`}></${e.tag}>`,
      )
      .join(''),
    elements: found.map(({ name, tag }) => ({ name, tag, text: '', visible: true })),
    pageMeta: {},
    elementMeta: {},
    warnings: [],
  }
}

const PAGES: Record<string, string> = {
  '/': `<html><body>
    <div data-n="filters"><label data-n="filters.prime"><input type="checkbox" id="prime"> Prime</label></div>
    <form data-n="pay" onsubmit="return false">
      <input data-n="pay.card" id="card" autocomplete="cc-number">
      <input data-n="pay.note" id="note">
    </form>
    <input id="loose">
    <a data-n="elsewhere" id="new-tab" href="/next" target="_blank">open in a new tab</a>
  </body></html>`,
  '/next': '<html><body><a data-n="home" href="/">home</a></body></html>',
}

let server: Server
let origin: string
let pool: BrowserPool
let dir: string
let run: RunDir

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES[new URL(req.url ?? '/', 'http://x').pathname]
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html' })
    res.end(page ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  pool = createBrowserPool()
  dir = await mkdtemp(join(tmpdir(), 'shopsim-page-recorder-'))
  run = await openRunDir(dir, { create: true, kind: 'record', durable: false })
})

afterAll(async () => {
  await pool.close()
  server.closeAllConnections()
  server.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the in-page recorder', () => {
  it('records a label click once, text on Enter or blur once, card numbers redacted, and keeps one tab', async () => {
    const recording = await startRecording({
      run,
      pool,
      startUrl: `${origin}/`,
      sessionId: 'page-recorder',
      userId: 'tester',
      environment: origin,
      rationaleRate: 0,
      seed: 3,
      simplify: markDataN,
      timing: FAST,
    })
    const { page } = recording
    await recording.settled()
    // The label forwards its click to the checkbox: one click of the person, one step.
    await page.click('label[data-n="filters.prime"]', { position: { x: 40, y: 5 } })
    expect(await page.isChecked('#prime')).toBe(true)
    await recording.settled()
    await page.fill('#card', '4111 1111 1111 1111')
    await page.press('#card', 'Tab')
    expect(
      await page.$eval('#card', (el) => getComputedStyle(el).getPropertyValue('-webkit-text-security')),
    ).toBe('disc')
    await page.fill('#note', 'gift wrap')
    await page.press('#note', 'Enter')
    await page.press('#note', 'Tab')
    await page.fill('#loose', 'not named')
    await page.press('#loose', 'Tab')
    await recording.settled()
    await page.click('#new-tab')
    await recording.settled()
    await expect.poll(() => page.context().pages().length).toBe(1)
    expect(page.url()).toBe(`${origin}/next`)
    const result = await recording.stop()

    expect(result).toMatchObject({ outcome: 'terminate', ignored: 1 })
    const { steps } = await run.readSteps('page-recorder')
    expect(steps.map((step) => step.action)).toEqual([
      { type: 'click', name: 'filters.prime' },
      { type: 'input', name: 'pay.card', text: '[redacted]' },
      { type: 'input', name: 'pay.note', text: 'gift wrap' },
      { type: 'click', name: 'elsewhere' },
      { type: 'terminate' },
    ])
    expect(steps[4]?.observation.url).toBe(`${origin}/next`)
    const files = await readdir(run.sessionDir('page-recorder'), { recursive: true, withFileTypes: true })
    for (const file of files.filter((entry) => entry.isFile()))
      expect((await readFile(join(file.parentPath, file.name))).includes('4111')).toBe(false)
  })
})

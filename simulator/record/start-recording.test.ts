import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/pool.js'
import { type Store, startStore } from '../../environments/store/index.js'
import { openRunDir, type RunDir } from '../../traces/store/index.js'
import { dialogRationalePrompt, wantsRationale } from './rationale-prompt.js'
import type { RecordingEvent } from './recording-events.js'
import { startRecording } from './start-recording.js'

/** Shorter settling than a person needs: test pages are small and the test acts only once they settle. */
const FAST = { quietMs: 100, maxWaitMs: 600, afterActionMs: 200 }

let store: Store
let pool: BrowserPool
let dir: string
let run: RunDir

beforeAll(async () => {
  store = await startStore({ catalogSize: 300, seed: 3 })
  pool = createBrowserPool()
  dir = await mkdtemp(join(tmpdir(), 'shopsim-record-'))
  run = await openRunDir(dir, { create: true, kind: 'record', durable: false })
})

afterAll(async () => {
  await pool.close()
  await store.close()
  await rm(dir, { recursive: true, force: true })
})

/** Every file under `root`, recursively. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

const BUY_NOW = 'buybox.one_time_purchase.purchase_form.buy_now'
const QUANTITY_2 = 'buybox.one_time_purchase.purchase_form.quantity_selector.2'

describe('startRecording on the embedded store', () => {
  it('records clicks, submitted text, a select choice and a purchase as live-runner steps, with rationales', async () => {
    const seed = 11
    const recording = await startRecording({
      run,
      pool,
      startUrl: `${store.url}/`,
      sessionId: 'shopper-purchase',
      userId: 'shopper',
      environment: 'store',
      store,
      rationaleRate: 0.5,
      seed,
      timing: FAST,
    })
    const { page } = recording
    // The test is the person: it answers each question the recorder asks, naming the question it saw.
    const asked: string[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.accept(`answer ${asked.length}`)
    })
    const act = async (doIt: () => Promise<unknown>) => {
      await doIt()
      await recording.settled()
    }
    await recording.settled()
    await act(async () => {
      await page.fill('#twotabsearchtextbox', 'charger')
      await page.press('#twotabsearchtextbox', 'Enter')
    })
    await act(() => page.locator('[data-shopsim-name$=".product_name"]').first().click())
    await act(() => page.selectOption('#quantity', '2'))
    await act(() => page.click(`[data-shopsim-name="${BUY_NOW}"]`))
    await act(() => page.click('#placeYourOrder'))
    await page.close()
    const result = await recording.done

    expect(result).toMatchObject({ outcome: 'purchase', steps: 5, ignored: 0 })
    expect(await run.readSession('shopper-purchase')).toMatchObject({
      status: 'done',
      outcome: 'purchase',
      userId: 'shopper',
      provenance: { source: 'live', environment: 'store', seed },
    })
    const { steps, problems } = await run.readSteps('shopper-purchase')
    expect(problems).toEqual([])
    expect(steps.map((step) => step.action)).toEqual([
      { type: 'input', name: 'nav_bar.search_input', text: 'charger' },
      { type: 'click', name: expect.stringMatching(/^search_results\.[a-z0-9_]+\.product_name$/) },
      { type: 'click', name: QUANTITY_2 },
      { type: 'click', name: BUY_NOW },
      { type: 'click', name: 'place_order' },
    ])
    expect(steps.map((step) => step.clickType)).toEqual([
      undefined,
      'product_link',
      'quantity',
      'purchase',
      'purchase',
    ])
    // A rationale exactly where the seeded sample asked, holding the person's answer.
    const sampled = steps.filter((step) => wantsRationale(seed, step.index, 0.5))
    expect(sampled.length).toBeGreaterThan(0)
    expect(sampled.length).toBeLessThan(steps.length)
    expect(asked).toHaveLength(sampled.length)
    expect(sampled.map((step) => step.rationale)).toEqual(sampled.map((_, i) => `answer ${i + 1}`))
    expect(steps.filter((step) => !wantsRationale(seed, step.index, 0.5)).map((s) => s.rationale)).toEqual(
      Array(steps.length - sampled.length).fill(undefined),
    )
    expect(asked[0]).toMatch(/^shopsim is recording\. Why did you /)
    // Each step carries the page it acted on: its HTML names the element, its screenshot is a JPEG.
    for (const step of steps) {
      const html = await run.readHtml(step)
      const name = step.action.type === 'terminate' ? '' : (step.action as { name: string }).name
      expect(html).toContain(`name="${name}"`)
      expect(step.observation.elements?.some((element) => element.name === name)).toBe(true)
      const shot = await run.readScreenshot(step)
      expect([...(shot ?? []).slice(0, 2)]).toEqual([0xff, 0xd8])
      expect(step.errors).toEqual([])
    }
    const productClick = steps[1] as (typeof steps)[number]
    expect(productClick.observation.url).toMatch(/\/s\?/)
    expect(productClick.elementMeta?.name).toBe((productClick.action as { name: string }).name)
    // A person's click records where the pointer really was.
    expect(productClick.mousePosition).toMatchObject({
      pageX: expect.any(Number),
      screenX: expect.any(Number),
    })
  })

  it('redacts typed secrets, ignores unnamed clicks, closes with a terminate step and never waits on an unanswered question', async () => {
    const events: RecordingEvent[] = []
    const recording = await startRecording({
      run,
      pool,
      startUrl: `${store.url}/`,
      sessionId: 'shopper-secret',
      userId: 'shopper',
      environment: 'store',
      store,
      rationaleRate: 1,
      seed: 1,
      prompt: dialogRationalePrompt({ timeoutMs: 200 }),
      timing: FAST,
      onEvent: (event) => events.push(event),
    })
    const { page } = recording
    await recording.settled()
    // A password field the person types into (the store has none: the test makes one that stays put).
    await page.evaluate(() => {
      const box = document.querySelector('#twotabsearchtextbox') as HTMLInputElement
      box.type = 'password'
      box.form?.addEventListener('submit', (event) => event.preventDefault())
    })
    await recording.settled()
    await page.click('#twotabsearchtextbox')
    await recording.settled()
    await page.fill('#twotabsearchtextbox', 'hunter2-secret')
    await page.press('#twotabsearchtextbox', 'Enter')
    await recording.settled()
    const spot = await page.evaluate(() => {
      for (const element of Array.from(document.querySelectorAll('body *'))) {
        const box = element.getBoundingClientRect()
        const x = box.x + box.width / 2
        const y = box.y + box.height / 2
        if (box.width < 4 || box.height < 4 || y < 0 || y > window.innerHeight || x > window.innerWidth)
          continue
        if (document.elementFromPoint(x, y)?.closest('[data-shopsim-name]') === null) return { x, y }
      }
      return undefined
    })
    expect(spot).toBeDefined()
    await page.mouse.click(spot?.x ?? 0, spot?.y ?? 0)
    await recording.settled()
    const result = await recording.stop()

    expect(result).toMatchObject({ outcome: 'terminate', steps: 3, rationales: 0, ignored: 1 })
    const { steps } = await run.readSteps('shopper-secret')
    expect(steps.map((step) => step.action)).toEqual([
      { type: 'click', name: 'nav_bar.search_input' },
      { type: 'input', name: 'nav_bar.search_input', text: '[redacted]' },
      { type: 'terminate' },
    ])
    expect(steps.map((step) => step.rationale)).toEqual([undefined, undefined, undefined])
    expect(
      events.filter((e) => e.kind === 'rationale').map((e) => e.kind === 'rationale' && e.answer),
    ).toEqual([{ kind: 'timed_out' }, { kind: 'timed_out' }])
    // The terminate row carries the last page, where the field still holds the secret: redacted there too.
    const last = await run.readHtml(steps[2] as (typeof steps)[number])
    expect(last).toMatch(/name="nav_bar\.search_input"[^>]*value="\[redacted\]"/)
    for (const file of await filesUnder(run.sessionDir('shopper-secret')))
      expect((await readFile(file)).includes('hunter2')).toBe(false)
  })
})

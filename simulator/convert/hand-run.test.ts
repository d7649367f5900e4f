import { join } from 'node:path'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { isShopsimError } from '../../traces/errors.js'
import { openOperaDataset } from '../../traces/opera/index.js'
import type { Session } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { operaSessionId } from './opera-session-id.js'
import { runToOpera } from './run-to-opera.js'
import {
  BUYING_SESSION,
  CUT_SHORT_SESSION,
  RUN_ORIGIN,
  TEST_PERSONA,
  tempDataset,
  writeHandRun,
} from './test-run.js'

let runDir: string
beforeAll(async () => {
  runDir = await writeHandRun({ 'live-0000': BUYING_SESSION, 'live-0001': CUT_SHORT_SESSION })
})

async function convert(options: Parameters<typeof runToOpera>[1]) {
  const result = await runToOpera(runDir, options)
  const dataset = await openOperaDataset(options.out, { version: options.version ?? 'filtered' })
  const sessions: Session[] = []
  for await (const session of dataset.sessions()) sessions.push(session)
  return { result, dataset, sessions }
}

describe('runToOpera, row by row', () => {
  it('names sessions {user}_{start}_{end} in run order and skips a session with no step', async () => {
    const { result, sessions } = await convert({ out: tempDataset() })
    expect(result.skipped).toEqual(['live-empty'])
    expect(result.sessions.map((s) => s.runSessionId)).toEqual(['live-0000', 'live-0001'])
    expect(sessions.map((s) => s.id)).toEqual(result.sessions.map((s) => s.sessionId))
    expect(sessions[0]?.id).toMatch(
      /^synthetic-0001_2026-02-01T10:00:0\d\.000000Z_2026-02-01T10:00:\d\d\.000000Z$/,
    )
    expect(sessions.every((s) => s.userId === TEST_PERSONA.userId)).toBe(true)
  })

  it('gives add to cart, check out and place order the products they buy, in OPeRA shape', async () => {
    const { sessions } = await convert({ out: tempDataset() })
    const buying = sessions[0]
    const tent = {
      asin: 'B0TENT0001',
      title: 'Trail Tent',
      price: '$129.50',
      quantity: 2,
      options: [{ Color: 'Sand' }],
    }
    const purchases = buying?.steps.filter((step) => step.clickType === 'purchase') ?? []
    expect(purchases.map((step) => (step.action.type === 'click' ? step.action.name : ''))).toEqual([
      'buybox.one_time_purchase.purchase_form.add_to_cart',
      'check_out',
      'place_order',
    ])
    for (const step of purchases) expect(step.products).toEqual([tent])
    expect(
      buying?.steps.filter((step) => step.clickType !== 'purchase').every((s) => s.products === undefined),
    ).toBe(true)
    expect(buying?.outcome).toBe('purchase')
    expect(buying?.steps.at(-1)?.action).toEqual({ type: 'click', name: 'place_order' })
  })

  it('drops what filtered OPeRA drops, and closes a session cut short with a terminate row on its last page', async () => {
    const { result, sessions } = await convert({ out: tempDataset() })
    expect(sessions[0]?.steps.map((s) => s.action.type)).not.toContain('scroll')
    const cut = sessions[1]
    expect(cut?.steps.map((s) => s.action.type)).toEqual(['input', 'click', 'terminate'])
    const [, click, terminate] = cut?.steps ?? []
    expect(terminate?.observation.url).toBe(click?.observation.url)
    expect(terminate?.observation.screenshot?.name).toBe(click?.observation.screenshot?.name)
    expect(terminate?.observation.html).toBe(click?.observation.html)
    expect(Date.parse(terminate?.timestamp ?? '')).toBeGreaterThan(Date.parse(click?.timestamp ?? ''))
    expect(cut?.outcome).toBe('terminate')
    expect(result.sessions.map((s) => s.closingTerminate)).toEqual([false, true])
    expect(result.sessions[1]).toMatchObject({ outcome: 'incomplete', endReason: 'test', actions: 3 })
    // A second conversion derives the same terminate row.
    const again = await convert({ out: tempDataset() })
    expect(again.sessions[1]?.steps[2]?.actionId).toBe(terminate?.actionId)
  })

  it('keeps every step in the full version, without closing terminates', async () => {
    const { result, sessions } = await convert({ out: tempDataset(), version: 'full' })
    expect(sessions[0]?.steps.map((s) => s.action.type)).toContain('scroll')
    expect(sessions[1]?.steps.map((s) => s.action.type)).toEqual(['input', 'input', 'click'])
    expect(result.sessions.every((s) => !s.closingTerminate)).toBe(true)
  })

  it('writes the new origin and masks queries in URLs and page_meta; the HTML only changes origin', async () => {
    const { sessions } = await convert({ out: tempDataset(), origin: 'https://store.example' })
    const [search] = sessions[0]?.steps.slice(1, 2) ?? []
    expect(search?.observation.url).toBe('https://store.example/s?URL_MASKED')
    expect(search?.observation.pageMeta?.search_results).toEqual([
      { asin: 'B0TENT0001', url: 'https://store.example/dp/B0TENT0001' },
    ])
    expect(sessions[0]?.steps[2]?.observation.url).toBe(
      'https://store.example/dp/B0TENT0001?URL_MASKED#customerReviews',
    )
    expect(search?.observation.html).toContain('href="https://store.example/s?k=1"')

    const kept = await convert({ out: tempDataset(), maskQueries: false })
    expect(kept.sessions[0]?.steps[1]?.observation.url).toBe(`${RUN_ORIGIN}/s?k=tent`)
  })

  it("writes OPeRA's empty element_meta and mouse_position, and drops a position off the viewport", async () => {
    const out = tempDataset()
    await runToOpera(runDir, { out })
    const file = await asyncBufferFromFile(
      join(out, 'OPeRA_filtered', 'action', 'train-00000-of-00001.parquet'),
    )
    const rows = (await parquetReadObjects({ file })) as Record<string, string | null>[]
    const bySemanticId = (id: string) => rows.find((row) => row.semantic_id === id)
    expect(bySemanticId('nav_bar.search_input')).toMatchObject({
      element_meta: '{"name": "", "data": ""}',
      mouse_position: '{"clientX": 600, "clientY": 30}',
      window_size: '{"width": 1280, "height": 800}',
      input_text: 'tent',
    })
    expect(bySemanticId('buybox.one_time_purchase.purchase_form.add_to_cart')).toMatchObject({
      mouse_position: '{}',
      rationale: 'Sand is the colour I wanted.',
      click_type: 'purchase',
    })
    const terminate = rows.find((row) => row.action_type === 'terminate')
    expect(terminate).toMatchObject({
      mouse_position: null,
      element_meta: null,
      semantic_id: null,
      products: null,
    })
  })

  it('copies screenshots as recorded, or encodes them again smaller', async () => {
    const copied = await convert({ out: tempDataset() })
    const run = await openRunDir(runDir)
    const [firstRecorded] = (await run.readSteps('live-0000')).steps
    const original = firstRecorded === undefined ? undefined : await run.readScreenshot(firstRecorded)
    const name = copied.sessions[0]?.steps[0]?.observation.screenshot?.name ?? ''
    expect(name).toBe('000000.jpg')
    expect(await copied.dataset.image(name)).toEqual(original)

    const smaller = await convert({ out: tempDataset(), screenshots: { maxWidth: 32, quality: 25 } })
    const bytes = await smaller.dataset.image(name)
    expect((await sharp(bytes).metadata()).width).toBe(32)
  })

  it('refuses a directory that is not a run', async () => {
    const error = await runToOpera(tempDataset(), { out: tempDataset() }).catch((caught: unknown) => caught)
    expect(isShopsimError(error, 'E_RUN_DIR')).toBe(true)
  })
})

describe('operaSessionId', () => {
  it("writes OPeRA's microsecond times, using the spare digits to tell apart sessions of the same milliseconds", () => {
    const start = '2025-04-14T21:52:46.756Z'
    const end = '2025-04-14T21:55:50.785Z'
    expect(operaSessionId('u1', start, end)).toBe(
      'u1_2025-04-14T21:52:46.756000Z_2025-04-14T21:55:50.785000Z',
    )
    expect(operaSessionId('u1', start, end, 2)).toBe(
      'u1_2025-04-14T21:52:46.756000Z_2025-04-14T21:55:50.785002Z',
    )
  })
})

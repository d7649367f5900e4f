import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import type { Persona, StepInput } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'

/** For tests: a run directory written by hand, shaped like a live run of the store on a random port. */

export const RUN_ORIGIN = 'http://127.0.0.1:40123'
const VIEWPORT = { width: 1280, height: 800 }

export const TEST_PERSONA: Persona = {
  userId: 'synthetic-0001',
  demographics: { city: 'Denver' },
  shopping: { prime: true },
  likert: { shopsQuickly: { answer: 'Strongly agree', score: 5 } },
  bigFive: {},
}

export interface HandStep {
  url: string
  action: StepInput['action']
  pageMeta?: Record<string, unknown>
  mouse?: { clientX: number; clientY: number }
  rationale?: string
}

const PRODUCT_META = {
  product_details: [{ asin: 'B0TENT0001', title: 'Trail Tent', price: 129.5, rating: 4.4 }],
  product_options: [{ dimension: 'color', options: ['Green', 'Sand'], selected: 'Sand' }],
  buybox: [{ price: 129.5, quantity: 2 }],
}
const CART_META = {
  cart_items: [
    {
      title: 'Trail Tent',
      asin: 'B0TENT0001',
      price: 129.5,
      url: `${RUN_ORIGIN}/dp/B0TENT0001?color=Sand`,
      quantity: 2,
    },
  ],
  active_items: [
    {
      title: 'Trail Tent',
      asin: 'B0TENT0001',
      price: 129.5,
      url: `${RUN_ORIGIN}/dp/B0TENT0001?color=Sand`,
      quantity: 2,
    },
  ],
}

/** A session that searches, adds a tent to the cart, checks out and places the order. */
export const BUYING_SESSION: HandStep[] = [
  {
    url: `${RUN_ORIGIN}/`,
    action: { type: 'input', name: 'nav_bar.search_input', text: 'tent' },
    mouse: { clientX: 600, clientY: 30 },
  },
  {
    url: `${RUN_ORIGIN}/s?k=tent`,
    action: { type: 'click', name: 'search_results.trail_tent.product_name' },
    pageMeta: {
      search_term: [{ term: 'tent' }],
      search_results: [{ asin: 'B0TENT0001', url: `${RUN_ORIGIN}/dp/B0TENT0001` }],
    },
    mouse: { clientX: 400, clientY: 300 },
  },
  { url: `${RUN_ORIGIN}/dp/B0TENT0001`, action: { type: 'scroll', detail: { dy: 400 } } },
  {
    url: `${RUN_ORIGIN}/dp/B0TENT0001?color=Sand#customerReviews`,
    action: { type: 'click', name: 'buybox.one_time_purchase.purchase_form.add_to_cart' },
    pageMeta: PRODUCT_META,
    mouse: { clientX: 1100, clientY: -300 },
    rationale: 'Sand is the colour I wanted.',
  },
  {
    url: `${RUN_ORIGIN}/cart`,
    action: { type: 'click', name: 'check_out' },
    pageMeta: CART_META,
    mouse: { clientX: 1100, clientY: 200 },
  },
  {
    url: `${RUN_ORIGIN}/checkout`,
    action: { type: 'click', name: 'place_order' },
    pageMeta: {},
    mouse: { clientX: 1100, clientY: 150 },
  },
]

/** A session the step limit cut short after a product click, with an input that typed nothing. */
export const CUT_SHORT_SESSION: HandStep[] = [
  { url: `${RUN_ORIGIN}/`, action: { type: 'input', name: 'nav_bar.search_input', text: '' } },
  { url: `${RUN_ORIGIN}/`, action: { type: 'input', name: 'nav_bar.search_input', text: 'lamp' } },
  {
    url: `${RUN_ORIGIN}/s?k=lamp`,
    action: { type: 'click', name: 'search_results.desk_lamp.product_name' },
    pageMeta: {},
  },
]

export async function tinyJpeg(shade: number): Promise<Uint8Array> {
  const raw = { width: 64, height: 40, channels: 3 } as const
  const pixels = Buffer.alloc(raw.width * raw.height * 3, shade)
  return new Uint8Array(await sharp(pixels, { raw }).jpeg({ quality: 90 }).toBuffer())
}

/** Writes the sessions (plus one opened and never stepped) with a clock that ticks a second per call. */
export async function writeHandRun(sessions: Record<string, HandStep[]>): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'shopsim-convert-hand-')), 'run')
  let tick = Date.parse('2026-02-01T10:00:00.000Z')
  const clock = () => {
    tick += 1000
    return new Date(tick)
  }
  const run = await openRunDir(dir, { create: true, kind: 'live', durable: false, clock })
  const all: Record<string, HandStep[]> = { ...sessions, 'live-empty': [] }
  for (const [sessionId, steps] of Object.entries(all)) {
    await run.openSession(sessionId, {
      userId: TEST_PERSONA.userId,
      persona: TEST_PERSONA,
      provenance: { source: 'live' },
    })
    for (const [index, step] of steps.entries()) {
      await run.appendStep(
        sessionId,
        {
          sessionId,
          actionId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          index,
          timestamp: clock().toISOString(),
          action: step.action,
          observation: {
            url: step.url,
            viewport: VIEWPORT,
            pageMeta: step.pageMeta ?? {},
            screenshot: VIEWPORT,
          },
          ...(step.mouse !== undefined && { mousePosition: step.mouse }),
          ...(step.rationale !== undefined && { rationale: step.rationale }),
          errors: [],
        },
        {
          html: `<html><head></head><body><a name="x" href="${RUN_ORIGIN}/s?k=${index}">step ${index}</a></body></html>`,
          screenshot: { bytes: await tinyJpeg(index * 30), ext: 'jpg', width: 64, height: 40 },
        },
      )
    }
    const last = steps.at(-1)?.action
    await run.markSessionDone(sessionId, {
      outcome: last?.type === 'click' && last.name === 'place_order' ? 'purchase' : 'incomplete',
      endReason: 'test',
    })
  }
  return dir
}

export function tempDataset(): string {
  return mkdtempSync(join(tmpdir(), 'shopsim-convert-out-'))
}

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import type { Action, Element, Persona, Prediction, Step } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { predictedStepRecord } from '../predict/predict-step.js'

/**
 * Shared by the report's tests and its Playwright spec: a predict run directory with screenshots, element
 * tables, scored predictions, and (when asked) dataset text that would run script if it were not escaped.
 */

/** Each would set `window.__pwned` (or the title) if it ever ran in the report. */
export const PAYLOADS = {
  script: '<script>window.__pwned = 1; document.title = "pwned"</script>',
  attribute: '"><img src=x onerror="window.__pwned=2">',
  textarea: '</textarea><script>window.__pwned=3</script>',
  svg: "'><svg onload=window.__pwned=4>",
  style: '</style><script>window.__pwned=5</script>',
  comment: '--><script>window.__pwned=6</script><!--',
} as const

const ALL = Object.values(PAYLOADS).join(' ')

export const VIEWPORT = { width: 1280, height: 800 }
const SHOT = { width: 640, height: 400 }

export interface TestRunOptions {
  sessions?: number
  stepsPerSession?: number
  /** Put the payloads into names, rationales, URLs, persona text, the HTML and a session id. */
  payloads?: boolean
}

export function tempReportDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `shopsim-report-${label}-`))
}

const productName = (k: number, evil: boolean) =>
  `search_results.${evil && k === 2 ? PAYLOADS.attribute : `item_${k}`}.product_name`

function elementsOf(evil: boolean): Element[] {
  const products = [0, 1, 2, 3].map((k) => ({
    name: productName(k, evil),
    tag: 'a',
    text: evil ? ALL : `Item ${k}`,
    box: { x: 40, y: 120 + k * 150, width: 600, height: 110 },
    visible: true,
    inViewport: 120 + k * 150 < VIEWPORT.height,
  }))
  return [
    {
      name: 'nav_bar.search_input',
      tag: 'input',
      text: '',
      box: { x: 300, y: 10, width: 500, height: 36 },
      visible: true,
      inViewport: true,
    },
    ...products,
    {
      name: 'buybox.add_to_cart',
      tag: 'button',
      text: 'Add to cart',
      box: { x: 900, y: 200, width: 220, height: 44 },
      visible: true,
      inViewport: true,
    },
  ]
}

/** A screenshot that paints each element's box, so a person can see the overlay land on it. */
function screenshot(elements: readonly Element[]): Promise<Buffer> {
  const scale = SHOT.width / VIEWPORT.width
  const rects = elements
    .map((e) => e.box)
    .filter((b) => b !== undefined)
    .map(
      (b) =>
        `<rect x="${b.x * scale}" y="${b.y * scale}" width="${b.width * scale}" height="${b.height * scale}" fill="#b9d3f0"/>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHOT.width}" height="${SHOT.height}"><rect width="100%" height="100%" fill="#f4f4f4"/>${rects}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 60 }).toBuffer()
}

function pageHtml(index: number, evil: boolean): string {
  const extra = evil
    ? `<p>${ALL}</p><img src=x onerror="parent.__pwned=7"><script>parent.__pwned = 8; top.document.title = 'pwned'</script>`
    : ''
  return `<html><head><title>step ${index}</title></head><body><div name="nav_bar"><input name="nav_bar.search_input"></div><a name="search_results.item_0.product_name" href="/dp/1">Item 0</a>${extra}</body></html>`
}

function goldAt(index: number, last: number, purchase: boolean, evil: boolean): Action {
  if (index === 0) return { type: 'input', name: 'nav_bar.search_input', text: evil ? ALL : 'water bottle' }
  if (index === last) return purchase ? { type: 'click', name: 'buybox.add_to_cart' } : { type: 'terminate' }
  return { type: 'click', name: productName(index % 4, evil) }
}

/** The oracle's answer, except a wrong product on step 1 of every odd session. */
function predictionFor(gold: Action, sessionNumber: number, index: number, evil: boolean): Prediction {
  const wrong = sessionNumber % 2 === 1 && index === 1
  const action: Action = wrong ? { type: 'click', name: productName(3, evil) } : gold
  const rationale = evil ? `model thinks ${ALL}` : `because step ${index}`
  return { policy: 'test', raw: JSON.stringify({ rationale, action }), action, rationale, latencyMs: 1 }
}

function persona(userId: string, evil: boolean): Persona {
  return {
    userId,
    demographics: { city: evil ? PAYLOADS.script : 'Boston', age: '25-34 years old' },
    selfDescription: evil ? `I shop a lot. ${ALL}` : 'I shop for outdoor gear.',
    shopping: { frequency: 'Once a week' },
    likert: {},
    bigFive: {},
  }
}

/** Writes the run (kind `predict`, reward shop-r1) and returns its directory. */
export async function writeTestRun(dir: string, options: TestRunOptions = {}): Promise<string> {
  const sessions = options.sessions ?? 3
  const perSession = options.stepsPerSession ?? 4
  const evil = options.payloads ?? false
  const run = await openRunDir(dir, {
    create: true,
    kind: 'predict',
    durable: false,
    options: { source: evil ? PAYLOADS.script : 'test', policy: 'test', reward: 'shop-r1' },
  })
  const elements = elementsOf(evil)
  const shot = await screenshot(elements)
  for (let s = 0; s < sessions; s++) {
    const userId = s === 0 && evil ? `user-${PAYLOADS.attribute}` : `user-${s % 2 === 0 ? 'a' : 'b'}`
    const sessionId = s === 0 && evil ? `../../s0${PAYLOADS.script}` : `session-${String(s).padStart(4, '0')}`
    const purchase = s % 3 !== 2
    await run.openSession(sessionId, {
      userId,
      persona: persona(userId, evil),
      provenance: { source: 'opera', dataset: 'test' },
      ...(evil && { endReason: PAYLOADS.style }),
    })
    const last = perSession - 1
    for (let index = 0; index < perSession; index++) {
      const action = goldAt(index, last, purchase, evil)
      const step: Step = {
        sessionId,
        actionId: `${s}-${index}`,
        index,
        timestamp: new Date(Date.UTC(2025, 3, 1, 10, s, index)).toISOString(),
        action,
        observation: {
          url: evil
            ? `https://www.amazon.com/s?k=${encodeURIComponent('x')}${PAYLOADS.attribute}`
            : `https://www.amazon.com/s?k=${index}`,
          viewport: VIEWPORT,
          elements,
        },
        rationale: evil ? `human says ${ALL}` : `I wanted item ${index}`,
        errors: evil ? [{ code: 'E_TEST', message: PAYLOADS.textarea }] : [],
      }
      const record = predictedStepRecord(step, predictionFor(action, s, index, evil), 'shop-r1')
      await run.appendStep(sessionId, record, {
        html: pageHtml(index, evil),
        screenshot: { bytes: shot, ext: 'jpg', ...SHOT },
      })
    }
    await run.markSessionDone(sessionId, { outcome: purchase ? 'purchase' : 'terminate' })
  }
  return run.dir
}

/** A live run (kind `live`): agent outputs without scores, tasks with results, end reasons and timings. */
export async function writeLiveTestRun(dir: string, sessions = 3): Promise<string> {
  const run = await openRunDir(dir, {
    create: true,
    kind: 'live',
    durable: false,
    options: { policy: 'heuristic' },
  })
  const elements = elementsOf(false)
  const shot = await screenshot(elements)
  for (let s = 0; s < sessions; s++) {
    const sessionId = `live-${s}`
    const success = s % 2 === 0
    await run.openSession(sessionId, {
      userId: `user-${s}`,
      persona: persona(`user-${s}`, false),
      provenance: { source: 'live', environment: 'store' },
      task: {
        id: `task-${s}`,
        variant: 'clear',
        intent: {
          instruction: 'Buy a water bottle under $20',
          query: 'water bottle',
          attributes: [],
          options: {},
        },
        target: { productType: 'Water Bottle', productIds: ['B000000001'], attributes: [], options: {} },
      },
    })
    const steps = 2 + s
    for (let index = 0; index < steps; index++) {
      const last = index === steps - 1
      const action: Action = last
        ? success
          ? { type: 'click', name: 'buybox.add_to_cart' }
          : { type: 'terminate' }
        : { type: 'click', name: productName(index % 4, false) }
      const rationale = `the agent's reason ${index}`
      await run.appendStep(
        sessionId,
        {
          sessionId,
          actionId: `${s}-${index}`,
          index,
          action,
          observation: { url: `http://127.0.0.1/s?k=${index}`, viewport: VIEWPORT, elements },
          rationale,
          prediction: { policy: 'heuristic', raw: JSON.stringify({ rationale, action }), action, rationale },
          timings: { observeMs: 100 + index, decideMs: 5, actMs: 300 },
          errors: [],
        },
        { html: pageHtml(index, false), screenshot: { bytes: shot, ext: 'jpg', ...SHOT } },
      )
    }
    await run.markSessionDone(sessionId, {
      outcome: success ? 'purchase' : 'terminate',
      taskResult: { kind: success ? 'match' : 'no_purchase', reward: success ? 1 : 0, success },
      endReason: success ? 'purchased' : 'the shopper gave up',
    })
  }
  return run.dir
}

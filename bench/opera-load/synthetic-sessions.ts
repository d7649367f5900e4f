import type { Action, Session, Step } from '../../traces/index.js'
import { classifyClick, sessionOutcome } from '../../traces/index.js'
import { mixSeed, SeededRandom } from '../../traces/seeded-random.js'
import { SessionPages, type SyntheticPage } from './synthetic-page.js'

export interface SyntheticParams {
  /** Action steps in total, exactly. */
  steps: number
  seed: number
  /** Simplified-HTML size per step, in characters: log-normal around the median, clamped. */
  medianHtmlChars: number
  minHtmlChars: number
  maxHtmlChars: number
}

/** OPeRA's figures (median ~103 KB, 2.8 KB to 626 KB), at 2,400 steps. */
export const DEFAULT_PARAMS: SyntheticParams = {
  steps: 2400,
  // Of seeds 1-3 this one's realised median (99.8 K chars) is closest to OPeRA's; others give 91-93 K.
  seed: 2,
  medianHtmlChars: 100_000,
  minHtmlChars: 3_000,
  maxHtmlChars: 600_000,
}

const MIN_SESSION_STEPS = 3
const MAX_SESSION_STEPS = 25
/** Spread of page size between sessions and, smaller, between steps of one session. */
const SESSION_SIGMA = 0.45
const STEP_SIGMA = 0.55
const RATIONALES = [
  'I want to compare prices before deciding.',
  'The reviews on this one look more trustworthy.',
  'I need a bigger size than the first result.',
  'This is the brand I usually buy.',
  'Shipping by tomorrow matters to me.',
]

/** Session lengths of 3 to 25 that add up to exactly `steps`. */
export function sessionLengths(steps: number, rng: SeededRandom): number[] {
  if (steps < MIN_SESSION_STEPS) throw new Error(`--steps must be at least ${MIN_SESSION_STEPS}`)
  const lengths: number[] = []
  let remaining = steps
  while (remaining > 0) {
    // The last session takes the rest; earlier ones always leave at least a minimal session.
    const length =
      remaining <= MAX_SESSION_STEPS
        ? remaining
        : rng.int(MIN_SESSION_STEPS, Math.min(MAX_SESSION_STEPS, remaining - MIN_SESSION_STEPS))
    lengths.push(length)
    remaining -= length
  }
  return lengths
}

const clamp = (value: number, min: number, max: number): number =>
  Math.round(Math.min(max, Math.max(min, value)))

/** `2025-04-14T21:52:46.756000Z`: the session-id spelling of a time, with microseconds. */
const sessionIdTime = (ms: number): string => new Date(ms).toISOString().replace('Z', '000Z')

function clickOn(rng: SeededRandom, page: SyntheticPage): string {
  const { names } = page
  const roll = rng.next()
  const choice =
    roll < 0.5
      ? names.product
      : roll < 0.65
        ? names.review
        : roll < 0.8
          ? names.option
          : roll < 0.88
            ? names.filter
            : roll < 0.94
              ? names.page
              : names.nav
  return rng.pick(choice.length > 0 ? choice : names.product)
}

function pageFor(
  pages: SessionPages,
  rng: SeededRandom,
  offset: number,
  target: number,
  last: boolean,
  purchase: boolean,
): SyntheticPage {
  if (last && purchase) return pages.productPage(offset, target)
  const roll = rng.next()
  if (roll < 0.04) return pages.cart(offset, rng.int(2, 8))
  if (roll < 0.3) return pages.productPage(offset, target)
  return pages.search(offset, target)
}

function buildSession(
  params: SyntheticParams,
  index: number,
  length: number,
  userId: string,
  split: string,
): Session {
  const seed = mixSeed(params.seed, index)
  const rng = new SeededRandom(seed)
  const pages = new SessionPages(seed)
  const sessionTarget = rng.logNormal(params.medianHtmlChars, SESSION_SIGMA)
  const purchase = rng.chance(0.3)
  const start = Date.UTC(2025, 3, 1) + rng.int(0, 40 * 24 * 3600) * 1000 + rng.int(0, 999)
  let time = start + rng.int(2_000, 15_000)
  let offset = 0
  const steps: Step[] = []
  for (let k = 0; k < length; k++) {
    const last = k === length - 1
    const target = clamp(rng.logNormal(sessionTarget, STEP_SIGMA), params.minHtmlChars, params.maxHtmlChars)
    const page = pageFor(pages, rng, offset, target, last, purchase)
    let action: Action
    if (last) {
      action = purchase
        ? { type: 'click', name: 'buybox.one_time_purchase.purchase_form.add_to_cart' }
        : { type: 'terminate' }
    } else if (rng.chance(0.1)) {
      action = {
        type: 'input',
        name: 'nav_bar.search_input',
        text: pages.query.slice(0, rng.int(3, pages.query.length)),
      }
    } else {
      action = { type: 'click', name: clickOn(rng, page) }
    }
    const acted = action.type === 'click' ? page.shown.find((p) => action.name.includes(p.slug)) : undefined
    const step: Step = {
      sessionId: '',
      actionId: rng.uuid(),
      index: k,
      timestamp: new Date(time).toISOString(),
      action,
      ...(action.type === 'click' ? { clickType: classifyClick(action.name) } : {}),
      observation: {
        url: page.url,
        html: page.html,
        pageMeta: page.pageMeta,
        viewport: { width: 1920, height: 934 },
      },
      ...(rng.chance(0.08) ? { rationale: rng.pick(RATIONALES) } : {}),
      ...(acted
        ? { products: [{ asin: acted.asin, title: acted.title, price: acted.price, quantity: 1 }] }
        : {}),
      ...(action.type === 'terminate'
        ? {}
        : {
            mousePosition: {
              clientX: rng.int(0, 1900),
              clientY: rng.int(0, 900),
              pageX: rng.int(0, 1900),
              pageY: rng.int(0, 9000),
              screenX: rng.int(0, 1900),
              screenY: rng.int(0, 1000),
            },
            elementMeta: {
              name: action.name,
              data: { tag: action.type === 'input' ? 'input' : 'a', text: acted?.title ?? action.name },
            },
          }),
      errors: [],
    }
    steps.push(step)
    offset += rng.int(0, 4)
    time += rng.int(1_500, 45_000)
  }
  const id = `${userId}_${sessionIdTime(start)}_${sessionIdTime(time)}`
  for (const step of steps) step.sessionId = id
  return { id, userId, steps, outcome: sessionOutcome(steps), split, provenance: { source: 'opera' } }
}

/** Sessions totalling exactly `params.steps` steps, built lazily so only one session is in memory. */
export function* syntheticSessions(params: SyntheticParams): Generator<Session> {
  const rng = new SeededRandom(params.seed)
  const lengths = sessionLengths(params.steps, rng)
  // About ten sessions per user, like OPeRA (527 sessions, 49 users).
  const users = Array.from({ length: Math.max(1, Math.round(lengths.length / 10)) }, () => rng.uuid())
  for (const [index, length] of lengths.entries()) {
    // Every fifth session is test: an 80/20 split by session, as OPeRA splits.
    yield buildSession(params, index, length, rng.pick(users), index % 5 === 4 ? 'test' : 'train')
  }
}

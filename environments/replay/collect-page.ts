import type { Page } from 'playwright-core'
import { type ClickType, classifyClick } from '../../traces/schema/click-type.js'
import type { Box, Element } from '../../traces/schema/observation.js'
import { pageCall } from '../browser/page-call.js'
import { SELECT_STAND_IN } from './prepare-html.js'

/** How long element texts get; ids already say what an element is, the text only helps to read it. */
export const MAX_ELEMENT_TEXT = 200

interface CollectRequest {
  scrollTarget: number
  /** Semantic ids to look up with `[name="..."]` (the gold and predicted targets). */
  targets: string[]
  maxText: number
  selectStandIn: string
  /** Past this many milliseconds the table stops growing (the targets are still located). */
  budgetMs: number
}

/** One named element as the page reports it; `c` marks a clickable one (classified on our side). */
interface RawElement {
  n: string
  t: string
  x: string
  b?: [number, number, number, number]
  v: boolean
  i: boolean
  c: boolean
}

interface RawTarget {
  name: string
  matches: number
  acceptsText: boolean
  /** The first match. */
  element?: RawElement
}

export interface TargetMatch {
  name: string
  matches: number
  acceptsText: boolean
  /** The first match, as in the element table. */
  element?: Element
}

export interface PageSnapshot {
  scrollY: number
  elements: Element[]
  /** True when the time budget ran out before every named element was read. */
  truncated: boolean
  targets: TargetMatch[]
}

/**
 * Runs in the page (a serialised function: it may use only its argument and the DOM). Scrolls, then reads
 * every named element in one pass and returns JSON text, which crosses the protocol far faster than
 * Playwright's structured serialisation of thousands of objects.
 */
function snapshotInPage(request: CollectRequest): string {
  const doc = document
  const root = doc.scrollingElement ?? doc.documentElement
  if (request.scrollTarget > 0 && root) root.scrollTop = request.scrollTarget
  const scrollX = root ? root.scrollLeft : 0
  const scrollY = root ? root.scrollTop : 0
  const viewWidth = window.innerWidth
  const viewHeight = window.innerHeight
  const interactiveTags = new Set(['a', 'button', 'option', 'summary', 'label', request.selectStandIn])
  const interactiveRoles = new Set([
    'button',
    'link',
    'checkbox',
    'radio',
    'tab',
    'menuitem',
    'option',
    'switch',
  ])
  const textInputTypes = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'number', 'password'])
  const takesText = (el: globalThis.Element): boolean => {
    if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly
    if (el instanceof HTMLInputElement)
      return textInputTypes.has((el.getAttribute('type') ?? '').toLowerCase()) && !el.disabled && !el.readOnly
    return el instanceof HTMLElement && el.isContentEditable
  }
  const readElement = (el: globalThis.Element): RawElement => {
    const tag = el.tagName.toLowerCase()
    const rect = el.getBoundingClientRect()
    const hasBox = rect.width > 0 && rect.height > 0
    const visible =
      hasBox && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true }))
    const role = el.getAttribute('role') ?? ''
    const isTextField = takesText(el)
    // A leaf named element (nothing named inside) is what OPeRA records clicks on, whatever its tag.
    const clickable =
      !isTextField &&
      (interactiveTags.has(tag) ||
        interactiveRoles.has(role) ||
        el instanceof HTMLInputElement ||
        el.querySelector('[name]') === null)
    // Containers hold whole pages of text: cut before collapsing whitespace, not after.
    let text = (el.textContent ?? '')
      .slice(0, request.maxText * 4)
      .replace(/\s+/g, ' ')
      .trim()
    if (text === '')
      text = el.getAttribute('value') ?? el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? ''
    const record: RawElement = {
      n: el.getAttribute('name') ?? '',
      t: tag === request.selectStandIn ? 'select' : tag,
      x: text.length > request.maxText ? `${text.slice(0, request.maxText - 1)}…` : text,
      v: visible,
      i: hasBox && rect.bottom > 0 && rect.right > 0 && rect.top < viewHeight && rect.left < viewWidth,
      c: clickable,
    }
    if (hasBox) record.b = [rect.x + scrollX, rect.y + scrollY, rect.width, rect.height]
    return record
  }
  const started = performance.now()
  const nodes = (doc.body ?? doc.documentElement)?.querySelectorAll('[name]') ?? []
  const out: RawElement[] = []
  let truncated = false
  for (const el of nodes) {
    // Checked every 512 elements: a clock read per element would cost more than the check saves.
    if ((out.length & 511) === 511 && performance.now() - started > request.budgetMs) {
      truncated = true
      break
    }
    out.push(readElement(el))
  }
  const targets = request.targets.map((name): RawTarget => {
    const matches = doc.querySelectorAll(`[name="${CSS.escape(name)}"]`)
    const first = matches[0]
    if (first === undefined) return { name, matches: 0, acceptsText: false }
    return { name, matches: matches.length, acceptsText: takesText(first), element: readElement(first) }
  })
  return JSON.stringify({ scrollY, elements: out, truncated, targets })
}

const round = (value: number): number => Math.round(value * 100) / 100

function toElement(raw: RawElement): Element {
  const element: Element = { name: raw.n, tag: raw.t, text: raw.x, visible: raw.v, inViewport: raw.i }
  if (raw.b) {
    const [x, y, width, height] = raw.b
    element.box = { x: round(x), y: round(y), width: round(width), height: round(height) } satisfies Box
  }
  if (raw.c) element.clickType = classifyClick(raw.n) satisfies ClickType
  return element
}

/** Scrolls to `scrollTarget` and reads the element table plus the targets, in one round trip. */
export async function snapshotPage(
  page: Page,
  scrollTarget: number,
  targets: string[],
  budgetMs: number,
): Promise<PageSnapshot> {
  const request: CollectRequest = {
    scrollTarget,
    targets,
    maxText: MAX_ELEMENT_TEXT,
    selectStandIn: SELECT_STAND_IN,
    budgetMs,
  }
  const json = (await page.evaluate(pageCall(snapshotInPage, request))) as string
  const parsed = JSON.parse(json) as Omit<PageSnapshot, 'elements' | 'targets'> & {
    elements: RawElement[]
    targets: RawTarget[]
  }
  return {
    scrollY: parsed.scrollY,
    elements: parsed.elements.map(toElement),
    truncated: parsed.truncated,
    targets: parsed.targets.map(({ element, ...rest }) =>
      element ? { ...rest, element: toElement(element) } : rest,
    ),
  }
}

import { type CDPSession, errors, type Frame, type Page } from 'playwright-core'
import type { Action } from '../../traces/schema/action.js'
import { nameSelector } from '../simplify/simplify-page.js'
import type { ActResult } from './act-result.js'

export interface ActContext {
  page: Page
  /** A DevTools session on the page with the Page domain enabled, and the main frame's id. */
  devtools: { session: CDPSession; mainFrameId: string }
  timeoutMs: number
  /** Main-frame navigations the allowlist refused since the action began. */
  blockedNavigations(): string[]
}

/** What one look at the named element says, before anything is done to it. */
interface Probe {
  count: number
  tag: string
  visible: boolean
  enabled: boolean
  editable: boolean
  /** For an <option>: its value, and whether it sits in a <select>. */
  optionValue: string
  inSelect: boolean
  /** The middle of its box in the viewport (after any scroll), and whether a click there reaches it. */
  x: number
  y: number
  hit: boolean
}

/**
 * One main-world evaluate instead of a locator call per question (count, tag, visibility, enabled, scroll): each
 * locator call goes through Playwright's injected script, which is set up again on every new document, so on a
 * fresh page the questions alone cost more than the click. Scrolls a visible element to the middle of the
 * viewport when it is not inside it, as scrollIntoViewIfNeeded does.
 */
async function probe(page: Page, name: string, scroll: boolean): Promise<Probe> {
  return page.evaluate(
    ([selector, scrollIntoView]) => {
      const all = document.querySelectorAll(selector)
      const el = all[0] as HTMLElement | undefined
      if (el === undefined)
        return {
          count: 0,
          tag: '',
          visible: false,
          enabled: false,
          editable: false,
          optionValue: '',
          inSelect: false,
          x: 0,
          y: 0,
          hit: false,
        }
      let rect = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      const visible = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden'
      const enabled = !el.matches(':disabled') && el.closest('[aria-disabled="true"]') === null
      const editable =
        (el instanceof HTMLInputElement &&
          !['checkbox', 'radio', 'submit', 'button', 'image', 'hidden'].includes(el.type)) ||
        el instanceof HTMLTextAreaElement ||
        el.isContentEditable
      const outside =
        rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth
      if (scrollIntoView && visible && outside) {
        el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' })
        rect = el.getBoundingClientRect()
      }
      const x = rect.left + rect.width / 2
      const y = rect.top + rect.height / 2
      const top = visible ? document.elementFromPoint(x, y) : null
      const hit = top !== null && (top === el || el.contains(top))
      return {
        count: all.length,
        tag: el.tagName.toLowerCase(),
        visible,
        enabled,
        editable,
        optionValue: el instanceof HTMLOptionElement ? el.value : '',
        inSelect: el.closest('select') !== null,
        x,
        y,
        hit,
      }
    },
    [nameSelector(name), scroll] as const,
  )
}

/**
 * Clicks at a point with the mouse and, when the click started a navigation, waits until it has committed
 * or ended. This is what a locator click does, without its checks through Playwright's injected script,
 * which is set up again on every new document: they cost a live step ~100 ms, and the probe has made them
 * already (visible, enabled, in view, not covered). Playwright's mouse does not wait for navigations. The
 * renderer reports a navigation a click requests on the DevTools connection while it handles the click,
 * but that report may arrive after the click's own answer; a command sent to the page afterwards travels
 * the same way, so by its answer the report is in. Chromium holds such a command while a navigation is
 * under way, so the same answer also marks the navigation's end.
 */
async function mouseClickAt(ctx: ActContext, x: number, y: number): Promise<void> {
  const { page, devtools } = ctx
  let requested = false
  let committed = false
  const onRequested = (event: { frameId: string }) => {
    if (event.frameId === devtools.mainFrameId) requested = true
  }
  let onCommit: (frame: Frame) => void = () => {}
  const commit = new Promise<void>((resolve) => {
    onCommit = (frame) => {
      if (frame !== page.mainFrame()) return
      committed = true
      resolve()
    }
  })
  devtools.session.on('Page.frameRequestedNavigation', onRequested)
  page.on('framenavigated', onCommit)
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new errors.TimeoutError(`the click's navigation did not end within ${ctx.timeoutMs} ms`)),
      ctx.timeoutMs,
    )
  })
  timedOut.catch(() => {})
  try {
    await page.mouse.click(x, y)
    await Promise.race([devtools.session.send('Runtime.evaluate', { expression: '0' }), timedOut])
    // A navigation that ended without a document (a download, a 204, one replaced by another) commits
    // nothing: give Playwright's commit event a moment, then go on with what is there.
    if (requested && !committed) await Promise.race([commit, delay(COMMIT_GRACE_MS), timedOut])
  } finally {
    clearTimeout(timer)
    devtools.session.off('Page.frameRequestedNavigation', onRequested)
    page.off('framenavigated', onCommit)
  }
}

const COMMIT_GRACE_MS = 500
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Runs an interaction, waits for any navigation it started, and turns what happened into a result. */
async function settle(
  ctx: ActContext,
  during: string,
  interact: () => Promise<void>,
  ambiguous?: number,
): Promise<ActResult> {
  const before = ctx.page.url()
  try {
    await interact()
    await ctx.page.waitForLoadState('domcontentloaded', { timeout: ctx.timeoutMs })
  } catch (error) {
    const blocked = ctx.blockedNavigations()[0]
    if (blocked !== undefined) return { kind: 'navigation_blocked', url: blocked }
    if (error instanceof errors.TimeoutError) return { kind: 'timeout', ms: ctx.timeoutMs, during }
    throw error
  }
  const blocked = ctx.blockedNavigations()[0]
  if (blocked !== undefined) return { kind: 'navigation_blocked', url: blocked }
  const url = ctx.page.url()
  return { kind: 'ok', url, navigated: url !== before, ...(ambiguous && ambiguous > 1 ? { ambiguous } : {}) }
}

function notInteractable(found: Probe): string | undefined {
  if (!found.visible) return 'the element is not visible'
  if (!found.enabled) return 'the element is disabled'
  return undefined
}

type ActHandler<T extends Action['type']> = (
  ctx: ActContext,
  action: Extract<Action, { type: T }>,
) => Promise<ActResult>

async function click(ctx: ActContext, action: Extract<Action, { type: 'click' }>): Promise<ActResult> {
  const found = await probe(ctx.page, action.name, true)
  if (found.count === 0) return { kind: 'element_not_found', name: action.name }
  const locator = ctx.page.locator(nameSelector(action.name)).first()
  // A <select>'s options are named like links in the simplified page; clicking one selects it.
  if (found.tag === 'option') {
    if (!found.inSelect)
      return { kind: 'not_interactable', name: action.name, reason: 'an option outside a select' }
    const select = locator.locator('xpath=ancestor::select[1]')
    return settle(
      ctx,
      `select ${action.name}`,
      async () => {
        await select.selectOption(found.optionValue, { timeout: ctx.timeoutMs })
      },
      found.count,
    )
  }
  if (found.tag === 'select')
    return settle(ctx, `open ${action.name}`, () => locator.focus({ timeout: ctx.timeoutMs }), found.count)
  const reason = notInteractable(found)
  if (reason) return { kind: 'not_interactable', name: action.name, reason }
  // Something covers the middle of the element (an overlay still fading out, a sticky bar): the locator
  // click finds a point that reaches it, or waits for one.
  const interact = found.hit
    ? () => mouseClickAt(ctx, found.x, found.y)
    : () => locator.click({ timeout: ctx.timeoutMs })
  return settle(ctx, `click ${action.name}`, interact, found.count)
}

async function input(ctx: ActContext, action: Extract<Action, { type: 'input' }>): Promise<ActResult> {
  const found = await probe(ctx.page, action.name, false)
  if (found.count === 0) return { kind: 'element_not_found', name: action.name }
  if (!found.editable)
    return { kind: 'not_interactable', name: action.name, reason: 'the element does not take text' }
  const reason = notInteractable(found)
  if (reason) return { kind: 'not_interactable', name: action.name, reason }
  const locator = ctx.page.locator(nameSelector(action.name)).first()
  // OPeRA's input is "type and submit": fill the field, then press Enter as a person would.
  return settle(
    ctx,
    `type into ${action.name}`,
    async () => {
      await locator.fill(action.text, { timeout: ctx.timeoutMs })
      await locator.press('Enter', { timeout: ctx.timeoutMs })
    },
    found.count,
  )
}

async function scroll(ctx: ActContext, action: Extract<Action, { type: 'scroll' }>): Promise<ActResult> {
  const viewport = ctx.page.viewportSize()
  const dy = action.detail?.dy ?? Math.round((viewport?.height ?? 800) * 0.8)
  const dx = action.detail?.dx ?? 0
  return settle(ctx, 'scroll', () => ctx.page.evaluate(([x, y]) => window.scrollBy(x ?? 0, y ?? 0), [dx, dy]))
}

async function navigation(
  ctx: ActContext,
  action: Extract<Action, { type: 'navigation' }>,
): Promise<ActResult> {
  const type = action.navigationType ?? 'back'
  const go = {
    back: () => ctx.page.goBack({ timeout: ctx.timeoutMs }),
    forward: () => ctx.page.goForward({ timeout: ctx.timeoutMs }),
    reload: () => ctx.page.reload({ timeout: ctx.timeoutMs }),
    new_page: () => ctx.page.reload({ timeout: ctx.timeoutMs }),
    other: () => ctx.page.reload({ timeout: ctx.timeoutMs }),
  } satisfies Record<typeof type, () => Promise<unknown>>
  return settle(ctx, type, async () => {
    await go[type]()
  })
}

export const ACT_HANDLERS = {
  click,
  input,
  scroll,
  navigation,
  terminate: async (ctx) => ({ kind: 'ok', url: ctx.page.url(), navigated: false }),
  tab_activate: async () => ({
    kind: 'not_interactable',
    name: '',
    reason: 'tab switching is not supported: a live session has one tab',
  }),
} satisfies { [T in Action['type']]: ActHandler<T> }

export function act(ctx: ActContext, action: Action): Promise<ActResult> {
  const handler = ACT_HANDLERS[action.type] as ActHandler<typeof action.type>
  return handler(ctx, action as never)
}

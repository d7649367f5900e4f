import { errors, type Locator, type Page } from 'playwright-core'
import type { Action } from '../../traces/schema/action.js'
import { nameSelector } from '../simplify/simplify-page.js'
import type { ActResult } from './act-result.js'

export interface ActContext {
  page: Page
  timeoutMs: number
  /** Main-frame navigations the allowlist refused since the action began. */
  blockedNavigations(): string[]
}

type Located = { kind: 'found'; locator: Locator; count: number } | { kind: 'missing' }

async function locate(page: Page, name: string): Promise<Located> {
  const all = page.locator(nameSelector(name))
  const count = await all.count()
  return count === 0 ? { kind: 'missing' } : { kind: 'found', locator: all.first(), count }
}

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

async function notInteractable(locator: Locator): Promise<string | undefined> {
  if (!(await locator.isVisible())) return 'the element is not visible'
  if (!(await locator.isEnabled())) return 'the element is disabled'
  return undefined
}

type ActHandler<T extends Action['type']> = (
  ctx: ActContext,
  action: Extract<Action, { type: T }>,
) => Promise<ActResult>

async function click(ctx: ActContext, action: Extract<Action, { type: 'click' }>): Promise<ActResult> {
  const found = await locate(ctx.page, action.name)
  if (found.kind === 'missing') return { kind: 'element_not_found', name: action.name }
  const { locator, count } = found
  const tag = await locator.evaluate((el) => el.tagName.toLowerCase())
  // A <select>'s options are named like links in the simplified page; clicking one selects it.
  if (tag === 'option') {
    const value = await locator.evaluate((el) => (el as HTMLOptionElement).value)
    const select = locator.locator('xpath=ancestor::select[1]')
    if ((await select.count()) === 0)
      return { kind: 'not_interactable', name: action.name, reason: 'an option outside a select' }
    return settle(
      ctx,
      `select ${action.name}`,
      async () => {
        await select.selectOption(value, { timeout: ctx.timeoutMs })
      },
      count,
    )
  }
  if (tag === 'select')
    return settle(ctx, `open ${action.name}`, () => locator.focus({ timeout: ctx.timeoutMs }), count)
  await locator.scrollIntoViewIfNeeded({ timeout: ctx.timeoutMs }).catch(() => undefined)
  const reason = await notInteractable(locator)
  if (reason) return { kind: 'not_interactable', name: action.name, reason }
  return settle(ctx, `click ${action.name}`, () => locator.click({ timeout: ctx.timeoutMs }), count)
}

async function input(ctx: ActContext, action: Extract<Action, { type: 'input' }>): Promise<ActResult> {
  const found = await locate(ctx.page, action.name)
  if (found.kind === 'missing') return { kind: 'element_not_found', name: action.name }
  const { locator, count } = found
  const editable = await locator.evaluate(
    (el) =>
      (el instanceof HTMLInputElement &&
        !['checkbox', 'radio', 'submit', 'button', 'image', 'hidden'].includes(el.type)) ||
      el instanceof HTMLTextAreaElement ||
      (el as HTMLElement).isContentEditable,
  )
  if (!editable)
    return { kind: 'not_interactable', name: action.name, reason: 'the element does not take text' }
  const reason = await notInteractable(locator)
  if (reason) return { kind: 'not_interactable', name: action.name, reason }
  // OPeRA's input is "type and submit": fill the field, then press Enter as a person would.
  return settle(
    ctx,
    `type into ${action.name}`,
    async () => {
      await locator.fill(action.text, { timeout: ctx.timeoutMs })
      await locator.press('Enter', { timeout: ctx.timeoutMs })
    },
    count,
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

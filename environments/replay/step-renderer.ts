import type { Page } from 'playwright-core'
import { ShopsimError } from '../../traces/errors.js'
import type { Action } from '../../traces/schema/action.js'
import type { Step } from '../../traces/schema/step.js'
import type { BrowserPool, PooledContext } from '../browser/pool.js'
import { type PageSnapshot, snapshotPage } from './collect-page.js'
import { groundAction, targetNames } from './ground-action.js'
import { openOfflineContext } from './offline-context.js'
import { prepareHtml } from './prepare-html.js'
import { drawSetOfMarks, marksFor } from './set-of-marks.js'
import type { ReplayedStep, ReplayOptions, StepRenderer } from './types.js'
import { planViewport } from './viewport-plan.js'

const DEFAULTS = { maxWidth: 1280, rerender: false, som: false, settleTimeoutMs: 5000, jpegQuality: 70 }
/** How long a dying browser may take to report its disconnection after an operation failed. */
const CRASH_REPORT_WAIT_MS = 2000

type Deadline<T> = { ok: true; value: T } | { ok: false }

/** Resolves to `{ ok: false }` after `ms`; the operation itself keeps running (its page is then recycled). */
async function withDeadline<T>(operation: Promise<T>, ms: number): Promise<Deadline<T>> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<Deadline<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false }), ms)
  })
  try {
    return await Promise.race([operation.then((value) => ({ ok: true, value }) as const), expired])
  } finally {
    clearTimeout(timer)
  }
}

const isTimeout = (error: unknown): boolean => error instanceof Error && error.name === 'TimeoutError'
const messageOf = (error: unknown): string =>
  error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)

/** One browser context (JavaScript off, every request refused) and one page, reused for many steps. */
export async function openStepRenderer(
  pool: BrowserPool,
  options: ReplayOptions = {},
): Promise<StepRenderer> {
  const settings = { ...DEFAULTS, ...options }
  const pooled: PooledContext = await openOfflineContext(pool)
  let page: Page | undefined

  async function currentPage(): Promise<Page> {
    page ??= await pooled.context.newPage()
    return page
  }

  /** A page that timed out may still be busy; the next step gets a fresh one. */
  function recyclePage(): void {
    const stale = page
    page = undefined
    void stale?.close().catch(() => undefined)
  }

  /**
   * Turns a failure into E_BROWSER_CRASHED when the browser died under it. The disconnection event can
   * trail the failed call, so a failure waits briefly for it (failures other than timeouts are rare).
   */
  async function rethrowIfCrashed(error: unknown): Promise<void> {
    if (error instanceof ShopsimError) throw error
    const deadline = Date.now() + CRASH_REPORT_WAIT_MS
    while (pooled.alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    pooled.assertAlive()
  }

  async function load(target: Page, html: string, warnings: string[]): Promise<void> {
    try {
      await target.setContent(html, { waitUntil: 'domcontentloaded', timeout: settings.settleTimeoutMs })
    } catch (error) {
      if (!isTimeout(error)) throw error
      warnings.push('settle_timeout')
    }
  }

  async function snapshot(target: Page, scrollTarget: number, actions: Action[], warnings: string[]) {
    const result = await withDeadline(
      snapshotPage(target, scrollTarget, targetNames(actions), settings.settleTimeoutMs),
      // The page stops its own table at the budget; this deadline only catches a page that cannot answer.
      settings.settleTimeoutMs * 2 + 1000,
    )
    if (result.ok) {
      if (result.value.truncated) warnings.push('elements_truncated')
      return result.value
    }
    warnings.push('snapshot_timeout')
    recyclePage()
    return undefined
  }

  async function screenshot(target: Page, quality: number, warnings: string[]) {
    try {
      const bytes = await target.screenshot({ type: 'jpeg', quality, timeout: settings.settleTimeoutMs })
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    } catch (error) {
      if (!isTimeout(error)) throw error
      warnings.push('screenshot_timeout')
      recyclePage()
      return undefined
    }
  }

  async function render(step: Step, renderOptions: { hasScreenshot?: boolean } = {}): Promise<ReplayedStep> {
    pooled.assertAlive()
    const prepared = prepareHtml(step.observation.html)
    const warnings = [...prepared.warnings]
    const plan = planViewport(step, settings.maxWidth)
    const actions: Action[] = [step.action]
    const predicted = step.prediction?.action
    if (predicted) actions.push(predicted)
    const wantScreenshot = settings.rerender || settings.som || renderOptions.hasScreenshot !== true

    let snap: PageSnapshot | undefined
    let shot: Uint8Array | undefined
    try {
      const target = await currentPage()
      const size = target.viewportSize()
      if (size?.width !== plan.viewport.width || size.height !== plan.viewport.height)
        await target.setViewportSize(plan.viewport)
      await load(target, prepared.html, warnings)
      snap = await snapshot(target, plan.scrollTarget, actions, warnings)
      if (wantScreenshot && page === target) shot = await screenshot(target, settings.jpegQuality, warnings)
    } catch (error) {
      await rethrowIfCrashed(error)
      warnings.push(`render_failed: ${messageOf(error)}`)
      recyclePage()
    }

    const elements = snap?.elements ?? []
    const matches = snap?.targets ?? []
    const scrollY = snap?.scrollY ?? 0
    const replayed: ReplayedStep = {
      viewport: plan.viewport,
      scale: plan.scale,
      scrollY,
      elements,
      grounding: { gold: groundAction(step.action, matches) },
      warnings,
    }
    if (predicted) replayed.grounding.predicted = groundAction(predicted, matches)
    if (shot) {
      replayed.screenshot = { bytes: shot, width: plan.viewport.width, height: plan.viewport.height }
      if (settings.som) {
        const marks = marksFor(elements, scrollY, plan.viewport)
        replayed.som = { bytes: await drawSetOfMarks(shot, marks, plan.viewport), marks }
      }
    }
    return replayed
  }

  return {
    render,
    async close() {
      page = undefined
      await pooled.close()
    },
  }
}

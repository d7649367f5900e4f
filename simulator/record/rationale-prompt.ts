import type { Dialog, Page } from 'playwright-core'
import { mixSeed, SeededRandom } from '../../traces/seeded-random.js'

/** How asking the person why went. */
export type RationaleAnswer =
  | { kind: 'answered'; text: string }
  | { kind: 'declined' }
  | { kind: 'timed_out' }
  /** The prompt could not be shown (the page went away while asking). */
  | { kind: 'unavailable'; reason: string }

export interface RationaleRequest {
  page: Page
  question: string
  /** Aborted when the recording stops: an open prompt is closed unanswered. */
  signal: AbortSignal
}

/** Asks the person why they did what they just did; must settle on its own (a timeout), never hang. */
export type RationalePrompt = (request: RationaleRequest) => Promise<RationaleAnswer>

/** Whether step `index` asks for a rationale: seeded, so the same seed asks at the same steps. */
export function wantsRationale(seed: number, index: number, rate: number): boolean {
  return rate > 0 && new SeededRandom(mixSeed(seed, index, 2)).chance(rate)
}

export const DEFAULT_RATIONALE_TIMEOUT_MS = 90_000

/**
 * The browser's own prompt dialog, shown in the recorded tab as OPeRA's pop-ups were: it appears over the
 * page, takes a line of text, and stays out of screenshots. Unanswered, it is dismissed after `timeoutMs`.
 */
export function dialogRationalePrompt(options: { timeoutMs?: number } = {}): RationalePrompt {
  const timeoutMs = options.timeoutMs ?? DEFAULT_RATIONALE_TIMEOUT_MS
  return async ({ page, question, signal }) => {
    let closedBy: 'timeout' | 'stop' | undefined
    let timer: NodeJS.Timeout | undefined
    let close = (_why: 'timeout' | 'stop') => {}
    // A listener also stops Playwright from dismissing the dialog at once, so the person can answer it.
    const onDialog = (dialog: Dialog) => {
      if (dialog.type() !== 'prompt' || dialog.message() !== question) return
      close = (why) => {
        closedBy ??= why
        dialog.dismiss().catch(() => undefined)
      }
      timer = setTimeout(() => close('timeout'), timeoutMs)
      if (signal.aborted) close('stop')
    }
    const onAbort = () => close('stop')
    if (signal.aborted) return { kind: 'unavailable', reason: 'the recording stopped' }
    signal.addEventListener('abort', onAbort)
    page.on('dialog', onDialog)
    try {
      const answer = await page.evaluate((text) => window.prompt(text, ''), question)
      if (closedBy === 'timeout') return { kind: 'timed_out' }
      if (closedBy === 'stop') return { kind: 'unavailable', reason: 'the recording stopped' }
      const text = answer?.trim() ?? ''
      return text === '' ? { kind: 'declined' } : { kind: 'answered', text }
    } catch (error) {
      return {
        kind: 'unavailable',
        reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : '',
      }
    } finally {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      page.off('dialog', onDialog)
    }
  }
}

import type { Page } from 'playwright-core'
import { pageCall } from '../browser/page-call.js'

/** How long an observation waits for the pictures in view before it takes the screenshot anyway. */
export const PICTURE_PATIENCE_MS = 3000

/**
 * Waits until every picture in the viewport has loaded and decoded (or failed), at most `patienceMs`: a step is
 * observed as soon as the page's document is parsed, when pictures (lazy ones especially) are often still on their
 * way, and a screenshot without them is not the page a person would act on. A page that navigates away or closes
 * meanwhile simply ends the wait; any other failure is a fault of ours and is thrown.
 */
export async function picturesShown(page: Page, patienceMs = PICTURE_PATIENCE_MS): Promise<void> {
  try {
    await page.evaluate(pageCall(picturesShownInPage, { patienceMs }))
  } catch (error) {
    if (page.isClosed() || isNavigationError(error)) return
    throw error
  }
}

function isNavigationError(error: unknown): boolean {
  return (
    error instanceof Error && /Execution context was destroyed|navigat|Target .*closed/i.test(error.message)
  )
}

function picturesShownInPage(input: { patienceMs: number }): Promise<undefined> | undefined {
  const inView = (img: HTMLImageElement) => {
    const box = img.getBoundingClientRect()
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth
    )
  }
  // decode() gives up at once on a lazy picture whose load has not started yet: wait for its load first.
  const loaded = (img: HTMLImageElement) =>
    img.complete
      ? Promise.resolve()
      : new Promise((done) => {
          img.addEventListener('load', done, { once: true })
          img.addEventListener('error', done, { once: true })
        })
  const waiting = Array.from(document.images)
    .filter(inView)
    .map((img) => loaded(img).then(() => img.decode().catch(() => undefined)))
  if (waiting.length === 0) return undefined
  return Promise.race([Promise.all(waiting), new Promise((done) => setTimeout(done, input.patienceMs))]).then(
    () => undefined,
  )
}

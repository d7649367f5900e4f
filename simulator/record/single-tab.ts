import type { Page } from 'playwright-core'

/**
 * Keeps the person in the recorded tab: a link opened in a new tab or window (target=_blank, a middle
 * click) is closed there and opened in the recorded tab instead, so no shopping happens out of sight.
 * Returns a function that stops doing so.
 */
export function keepInOneTab(page: Page, timeoutMs = 10_000): () => void {
  const context = page.context()
  const onPage = async (other: Page) => {
    if (other === page) return
    const url = await other
      .waitForURL((address) => address.href !== 'about:blank', { timeout: timeoutMs, waitUntil: 'commit' })
      .then(() => other.url())
      .catch(() => undefined)
    await other.close().catch(() => undefined)
    if (url !== undefined && !page.isClosed()) await page.goto(url).catch(() => undefined)
  }
  context.on('page', onPage)
  return () => context.off('page', onPage)
}

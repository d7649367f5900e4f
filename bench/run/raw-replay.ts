import type { Page } from 'playwright-core'
import type { BrowserPool } from '../../environments/browser/pool.js'
import type { Step } from '../../traces/schema/index.js'

const VIEWPORT = { width: 1280, height: 800 }
const ACTION_TIMEOUT_MS = 10_000

/**
 * The floor: the session's recorded path done again with bare Playwright and nothing else — no
 * simplification, screenshot, policy or recording. Each click or input that led to another page is done as a
 * Playwright user would script it: a click on the link to that page when there is one, else typing the text
 * into the page's search box and pressing Enter, else loading the page the run saw next. The store is
 * deterministic, so the pages (and the browser's and the store's work) are the same. Actions that stayed on
 * their page (option buttons that only change the query, refused clicks) are done as the page load they led to,
 * or skipped when there was none.
 */
export async function rawReplaySession(
  pool: BrowserPool,
  startUrl: string,
  steps: readonly Step[],
): Promise<number> {
  const lent = await pool.newContext({ viewport: VIEWPORT })
  let done = 0
  try {
    const page = await lent.context.newPage()
    page.setDefaultTimeout(ACTION_TIMEOUT_MS)
    await page.goto(startUrl, { waitUntil: 'domcontentloaded' })
    for (const [position, step] of steps.entries()) {
      const { action } = step
      if (action.type !== 'click' && action.type !== 'input') continue
      const nextUrl = steps[position + 1]?.observation.url
      if (nextUrl === undefined || nextUrl === page.url()) continue
      await followTo(page, nextUrl, action.type === 'input' ? action.text : undefined)
      done++
    }
  } finally {
    await lent.close()
  }
  return done
}

async function followTo(page: Page, nextUrl: string, text: string | undefined): Promise<void> {
  const target = new URL(nextUrl)
  const link = page.locator(`a[href="${(target.pathname + target.search).replace(/"/g, '\\"')}"]`).first()
  if (text === undefined && (await link.count()) > 0) {
    // click() waits for the navigation it starts to commit.
    await link.click()
    await page.waitForLoadState('domcontentloaded')
  } else if (text !== undefined) {
    const box = page.locator('input[type="text"], input[type="search"], input:not([type])').first()
    await box.fill(text)
    await box.press('Enter')
    await page.waitForLoadState('domcontentloaded')
  }
  // Whatever the page did, the floor stays on the run's path.
  if (page.url() !== nextUrl) await page.goto(nextUrl, { waitUntil: 'domcontentloaded' })
}

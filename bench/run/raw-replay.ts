import type { Page } from 'playwright-core'
import type { BrowserPool } from '../../environments/browser/pool.js'
import type { Step } from '../../traces/schema/index.js'

const VIEWPORT = { width: 1280, height: 800 }

/**
 * The floor: the recorded clicks and inputs done again with bare Playwright — the mouse at the element's
 * recorded box, the keyboard for text, a wait for the page to load — with no simplification, screenshot,
 * policy or recording. The session's pages are the same (the store is deterministic), so the work the
 * browser and the store do is the same work.
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
    await page.goto(startUrl, { waitUntil: 'domcontentloaded' })
    for (const step of steps) {
      const { action } = step
      if (action.type !== 'click' && action.type !== 'input') continue
      const box = step.observation.elements?.find((e) => e.name === action.name)?.box
      if (box === undefined) continue
      await clickAt(page, box)
      if (action.type === 'input') {
        await page.keyboard.press('ControlOrMeta+A')
        await page.keyboard.type(action.text)
        await page.keyboard.press('Enter')
      }
      await page.waitForLoadState('domcontentloaded')
      done++
    }
  } finally {
    await lent.close()
  }
  return done
}

/** Scrolls the box into view when it is not, then clicks its centre. */
async function clickAt(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<void> {
  let y = box.y + box.height / 2
  if (y < 0 || y > VIEWPORT.height) {
    const by = y - VIEWPORT.height / 2
    await page.mouse.wheel(0, by)
    y -= by
  }
  await page.mouse.click(box.x + box.width / 2, y)
}

import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'

/**
 * Opens a saved HTML file so that it never reaches the internet: every request other than the file
 * itself is aborted (a saved amazon.com page asks for dozens of images, styles and scripts). Open it in a
 * context with JavaScript disabled, as replay does, so the page is what was saved. Returns the number of
 * requests refused.
 */
export async function openSavedPage(
  page: Page,
  file: string,
): Promise<{ url: string; refused: () => number }> {
  const url = pathToFileURL(resolve(file)).href
  let refused = 0
  await page.route('**/*', async (route) => {
    if (route.request().url() === url) return route.continue()
    refused++
    return route.abort()
  })
  await page.goto(url, { waitUntil: 'load' })
  return { url, refused: () => refused }
}

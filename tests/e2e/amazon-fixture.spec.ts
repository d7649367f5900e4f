import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { expect, type Page, type Request, test } from '@playwright/test'

// Real amazon.com pages saved for offline work; they live beside the project (../shared), not inside it.
// Resolved from this file, not the working directory, so the spec finds them from any cwd.
const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/amazon/', import.meta.url))

test.use({ javaScriptEnabled: false })

/**
 * Opens a saved page the way replay does: JavaScript off, every request other than the page itself
 * aborted. Returns how many requests were refused and the URLs of any that got past the route.
 */
async function openOffline(page: Page, file: string) {
  const url = pathToFileURL(path.join(FIXTURES, file)).href
  const requests: Request[] = []
  const aborted = new Set<Request>()
  const answered: string[] = []
  page.on('request', (request) => requests.push(request))
  page.on('requestfinished', (request) => {
    if (!isLocal(request.url())) answered.push(request.url())
  })
  await page.route('**/*', async (route) => {
    if (route.request().url() === url) return route.continue()
    aborted.add(route.request())
    return route.abort()
  })
  await page.goto(url, { waitUntil: 'load' })
  // The request event fires before routing decides, so what leaked is only known once the page has loaded.
  const unrouted = requests.filter((request) => !isLocal(request.url()) && !aborted.has(request))
  return { aborted: aborted.size, leaked: [...unrouted.map((request) => request.url()), ...answered] }
}

function isLocal(url: string): boolean {
  return /^(file|data|blob|about):/.test(url)
}

async function expectViewportPng(page: Page) {
  const png = await page.screenshot()
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  // IHDR holds the image size right after the signature; a viewport shot matches the viewport.
  const viewport = page.viewportSize()
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(viewport)
}

test('saved search page renders offline with its search box and result cards', async ({ page }) => {
  const { aborted, leaked } = await openOffline(page, 'search-portable-charger.html')

  await expect(page.locator('#twotabsearchtextbox')).toHaveCount(1)
  const cards = await page.locator('[data-component-type="s-search-result"]').count()
  expect(cards).toBeGreaterThanOrEqual(20)

  // The page does ask for images and styles from Amazon's CDN; all of it must have been refused.
  expect(aborted).toBeGreaterThan(0)
  expect(leaked).toEqual([])
  await expectViewportPng(page)
})

test('saved product page renders offline with its title and add-to-cart button', async ({ page }) => {
  const { aborted, leaked } = await openOffline(page, 'product-power-bank.html')

  // The page has two #productTitle elements (the visible span and a hidden form input).
  await expect(page.locator('span#productTitle')).toContainText('charmast 20000mAh Portable Charger')
  await expect(page.locator('#add-to-cart-button')).toHaveCount(1)
  await expect(page.locator('#add-to-cart-button')).toHaveAttribute('value', 'Add to cart')

  expect(aborted).toBeGreaterThan(0)
  expect(leaked).toEqual([])
  await expectViewportPng(page)
})

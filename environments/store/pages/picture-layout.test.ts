import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../browser/launch.js'
import { type Store, startStore } from '../index.js'

// An observation reads element boxes as soon as a page's document is parsed, while pictures may still be on
// their way; the screenshot comes a moment later. If a picture took its size only on arrival, every box below
// it would point where the element no longer is (recorded mouse positions were ~200 px off this way).

let store: Store
let browser: Awaited<ReturnType<typeof launchChromium>>

beforeAll(async () => {
  store = await startStore({ seed: 4 })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser.close()
  await store.close()
})

const pictureBoxes = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.images, (img) => {
      const box = img.getBoundingClientRect()
      return [box.x, box.y, box.width, box.height].map(Math.round).join(',')
    }),
  )

describe('store pictures', () => {
  it('take their place before they load, so nothing on the page moves when they arrive', async () => {
    const product = store.catalog.products.find((p) => p.options.length > 0) ?? store.catalog.products[0]
    const pages = ['/', '/s?k=drill', `/dp/${product?.asin}`, `/product-reviews/${product?.asin}`]
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    try {
      const page = await context.newPage()
      for (const path of pages) {
        // Pictures held back: the page as an observation may find it right after parsing.
        await page.route('**/images/**', () => {})
        await page.goto(store.url + path, { waitUntil: 'domcontentloaded' })
        const waiting = await pictureBoxes(page)
        await page.unrouteAll({ behavior: 'ignoreErrors' })
        await page.goto(store.url + path, { waitUntil: 'load' })
        const loaded = await pictureBoxes(page)
        expect(loaded.length, path).toBeGreaterThan(0)
        expect(waiting, path).toEqual(loaded)
        expect(
          loaded.every((box) => !box.endsWith(',0,0')),
          path,
        ).toBe(true)
      }
    } finally {
      await context.close()
    }
  }, 60_000)
})

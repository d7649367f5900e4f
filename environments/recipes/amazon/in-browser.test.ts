import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixturePath } from '../../../tests/fixtures.js'
import { launchChromium } from '../../browser/launch.js'
import { openSavedPage } from '../../simplify/open-saved-page.js'
import { simplifyHtml } from '../../simplify/simplify-html.js'
import { nameSelector, simplifyPage } from '../../simplify/simplify-page.js'
import { AMAZON_RECIPES } from '../index.js'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function openFixture(file: string): Promise<{ page: Page; refused: () => number }> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 800 },
  })
  const page = await context.newPage()
  const { refused } = await openSavedPage(page, fixturePath('amazon', file))
  return { page, refused }
}

describe.each([
  ['search-portable-charger.html', 'nav_bar.search_input', '#twotabsearchtextbox'],
  [
    'product-guitar-cable-options.html',
    'buybox.one_time_purchase.purchase_form.add_to_cart',
    '#add-to-cart-button',
  ],
  ['product-power-bank.html', 'product_options.color.button_list.', '#color_name_0'],
])('%s in Chromium (JavaScript off, network refused)', (file, markedName, markedElement) => {
  it('gives the same names and HTML as the offline executor, and marks the real elements', async () => {
    const { page, refused } = await openFixture(file)
    try {
      const live = await simplifyPage(page, AMAZON_RECIPES)
      const offline = simplifyHtml(readFileSync(fixturePath('amazon', file), 'utf8'), AMAZON_RECIPES)
      expect(live.recipe).toBe(offline.recipe)
      expect(live.elements.map((e) => e.name)).toEqual(offline.elements.map((e) => e.name))
      expect(live.html).toBe(offline.html)
      expect(live.warnings.filter((w) => w.code !== 'duplicate_name')).toEqual([])
      expect(live.elements.every((e) => e.box !== undefined && e.inViewport !== undefined)).toBe(true)
      expect(refused()).toBeGreaterThan(0)

      const name = live.elements.find((e) => e.name.startsWith(markedName))?.name ?? ''
      const marked = page.locator(nameSelector(name)).first()
      expect(await marked.evaluate((element, selector) => element.matches(selector), markedElement)).toBe(
        true,
      )
      // One mark per element of the table: every name the model sees can be acted on.
      expect(await page.locator('[data-shopsim-name]').count()).toBe(live.elements.length)
    } finally {
      await page.context().close()
    }
  })
})

import { expect, type Page, test } from '@playwright/test'
import { useStore } from './store-fixture.js'

const { store: currentStore } = useStore(21)

async function cardPrices(page: Page): Promise<number[]> {
  const texts = await page
    .locator('[data-component-type="s-search-result"] .s-price-row > a .a-price .a-offscreen')
    .allTextContents()
  return texts.map((t) => Number(t.replace(/[$,]/g, '')))
}

test('a shopper searches from the home page and sees result cards with prices', async ({
  page,
}, testInfo) => {
  await page.goto(`${currentStore().url}/`)
  const box = page.locator('#twotabsearchtextbox')
  await expect(box).toBeVisible()
  await box.fill('portable charger')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/s\?.*field-keywords=portable\+charger/)
  const cards = page.locator('[data-component-type="s-search-result"]')
  await expect(cards).toHaveCount(16)
  await expect(cards.first().locator('h2')).toBeVisible()
  await expect(cards.first().locator('h2')).toContainText(/portable charger/i)
  await expect(cards.first().locator('img.s-image')).toBeVisible()
  await expect(cards.first().locator('.a-price-whole')).toBeVisible()
  for (const price of await cardPrices(page)) expect(price).toBeGreaterThan(0)
  await expect(page.locator('#s-refinements')).toBeVisible()
  await expect(page.locator('.s-pagination-strip')).toBeVisible()
  await page
    .locator('[data-component-type="s-search-result"] img.s-image')
    .first()
    .evaluate((img: HTMLImageElement) => img.decode())
  await testInfo.attach('search page', { body: await page.screenshot(), contentType: 'image/png' })
})

test('typing a misspelt query shows suggestions under the search box', async ({ page }) => {
  await page.goto(`${currentStore().url}/`)
  await page.locator('#twotabsearchtextbox').pressSequentially('portble chargr', { delay: 20 })
  const suggestion = page.locator('#nav-flyout-searchAjax .s-suggestion').first()
  await expect(suggestion).toBeVisible()
  await expect(suggestion).toHaveAttribute('aria-label', 'portable charger')
  await suggestion.click()
  await expect(page).toHaveURL(/\/s\?k=portable%20charger$/)
  await expect(page.locator('#twotabsearchtextbox')).toHaveValue('portable charger')
})

test('refining by brand, sorting by price and paging keep to the shopper choices', async ({ page }) => {
  await page.goto(`${currentStore().url}/s?k=bottle`)
  const brand = page.locator('#brandsRefinements a.s-navigation-item').first()
  const brandName = (await brand.locator('.a-size-base').textContent()) ?? ''
  await brand.click()
  await expect(page.locator('#brandsRefinements input[type=checkbox][checked]')).toHaveCount(1)
  const asins = await page
    .locator('[data-component-type="s-search-result"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-asin')))
  for (const asin of asins) expect(currentStore().catalog.product(asin ?? '')?.brand).toBe(brandName)

  await page.goto(`${currentStore().url}/s?k=cable`)
  await page.locator('#s-result-sort-select').selectOption('price-asc-rank')
  await expect(page).toHaveURL(/s=price-asc-rank/)
  const prices = await cardPrices(page)
  expect(prices).toEqual([...prices].sort((a, b) => a - b))
  await page.locator('a.s-pagination-next').click()
  await expect(page.locator('.s-pagination-selected')).toHaveText('2')
  const next = await cardPrices(page)
  expect(next[0]).toBeGreaterThanOrEqual(prices.at(-1) ?? 0)
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('search, sort (with its Go button) and refinements still work', async ({ page }) => {
    await page.goto(`${currentStore().url}/`)
    await page.locator('#twotabsearchtextbox').fill('yoga mat')
    await page.locator('#nav-search-submit-button').click()
    await expect(page.locator('[data-component-type="s-search-result"]').first()).toBeVisible()
    await page.locator('#s-result-sort-select').selectOption('price-desc-rank')
    await page.locator('.s-sort-go').click()
    await expect(page).toHaveURL(/s=price-desc-rank/)
    const prices = await cardPrices(page)
    expect(prices).toEqual([...prices].sort((a, b) => b - a))
    await page.locator('#reviewsRefinements a.s-navigation-item').first().click()
    await expect(page).toHaveURL(/rating=4/)
  })
})

import { expect, test } from '@playwright/test'
import { useStore } from './store-fixture.js'

const { store: currentStore, findProduct } = useStore(22)

test('a product page shows the title, option buttons, price and buybox', async ({ page }, testInfo) => {
  const product = findProduct(
    (p) =>
      p.options.length >= 2 &&
      p.options.some((o) => o.values.filter((v) => v.available && v.priceDeltaCents > 0).length > 0),
  )
  await page.goto(`${currentStore().url}/dp/${product.asin}`)
  await expect(page.locator('#productTitle')).toHaveText(product.title)
  await expect(page.locator('#productTitle')).toBeVisible()
  await expect(page.locator('#landingImage')).toBeVisible()
  await expect(page.locator('#add-to-cart-button')).toBeVisible()
  await expect(page.locator('#buy-now-button')).toBeVisible()
  await expect(page.locator('#quantity')).toBeVisible()
  for (const option of product.options)
    await expect(page.locator(`#inline-twister-row-${option.dimension}_name span.a-button`)).toHaveCount(
      option.values.length,
    )
  await page.locator('#landingImage').evaluate((img: HTMLImageElement) => img.decode())
  await testInfo.attach('product page', { body: await page.screenshot(), contentType: 'image/png' })

  // Choosing a dearer option reloads the page with it selected and the price changed.
  const option = product.options.find((o) => o.values.some((v) => v.available && v.priceDeltaCents > 0))
  const value = option?.values.find((v) => v.available && v.priceDeltaCents > 0)
  if (!option || !value) throw new Error('unreachable')
  const before = await page.locator('#corePrice_feature_div .a-offscreen').textContent()
  const button = page
    .locator(`#inline-twister-row-${option.dimension}_name span.a-button`, { hasText: value.label })
    .first()
  await button.click()
  await expect(page).toHaveURL(
    new RegExp(`${option.dimension}=${encodeURIComponent(value.label).replace(/%20/g, '\\+')}`),
  )
  await expect(page.locator(`#inline-twister-row-${option.dimension}_name .a-button-selected`)).toContainText(
    value.label,
  )
  await expect(page.locator('#corePrice_feature_div .a-offscreen')).not.toHaveText(before ?? '')
})

test('the rating opens its histogram and the related carousel pages on', async ({ page }) => {
  const product = findProduct((p) => p.reviews.length >= 3)
  await page.goto(`${currentStore().url}/dp/${product.asin}`)
  await page.locator('#acrPopover summary').click()
  await expect(page.locator('#acrPopover #acrPopoverHistogram')).toBeVisible()
  const carousel = page.locator('.a-carousel-container[aria-label="Products related to this item"]')
  await expect(carousel.locator('.a-carousel-page-current')).toHaveText('1')
  await carousel.locator('.a-carousel-goto-nextpage').click()
  await expect(
    page.locator(
      '.a-carousel-container[aria-label="Products related to this item"] .a-carousel-page-current',
    ),
  ).toHaveText('2')
  await page.locator('a[data-hook="see-all-reviews-link-foot"]').click()
  await expect(page.locator('[data-hook="review"]').first()).toBeVisible()
})

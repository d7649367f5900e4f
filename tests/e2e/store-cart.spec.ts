import { expect, test } from '@playwright/test'
import { SESSION_COOKIE } from '../../environments/store/index.js'
import { useStore } from './store-fixture.js'

const { store: currentStore, findProduct } = useStore(23)

test('add to cart opens the side sheet, the cart shows the item, checkout places an order', async ({
  page,
  context,
}, testInfo) => {
  const product = findProduct((p) => p.options.length === 0 && p.prime)
  await page.goto(`${currentStore().url}/dp/${product.asin}`)
  await page.locator('#quantity').selectOption('2')
  await page.locator('#add-to-cart-button').click()

  const sheet = page.locator('#attach-desktop-sideSheet')
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText('Added to cart')
  await expect(page.locator('#nav-cart-count')).toHaveText('2')
  await sheet.locator('#attach-sidesheet-view-cart-button').click()

  const item = page.locator(`#sc-active-cart .sc-list-item[data-asin="${product.asin}"]`)
  await expect(item).toBeVisible()
  await expect(item.locator('.sc-product-title')).toHaveText(product.title)
  await expect(item.locator('[data-a-selector="value"]')).toHaveText('2')
  await item.locator('[data-a-selector="increment"]').click()
  await expect(
    page.locator(`.sc-list-item[data-asin="${product.asin}"] [data-a-selector="value"]`),
  ).toHaveText('3')
  await page
    .locator('.sc-product-image')
    .first()
    .evaluate((img: HTMLImageElement) => img.decode())
  await testInfo.attach('cart page', { body: await page.screenshot(), contentType: 'image/png' })

  await page.locator('input[name="proceedToRetailCheckout"]').click()
  await expect(page).toHaveURL(/\/checkout$/)
  await page.locator('input[name="placeYourOrder1"]').click()
  await expect(page.locator('#widget-purchaseConfirmationStatus')).toHaveText('Order placed, thank you!')
  const orderId = await page.locator('#order-id').textContent()

  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)
  const sessionId = cookie?.value.split('.')[0] ?? ''
  const orders = currentStore().orders(sessionId)
  expect(orders.map((o) => o.id)).toEqual([orderId])
  expect(orders[0]?.items).toEqual([expect.objectContaining({ asin: product.asin, quantity: 3 })])
  expect(
    currentStore()
      .events.list({ sessionId })
      .map((e) => e.type),
  ).toEqual(['add_to_cart', 'quantity_change', 'checkout', 'order_placed'])
  await testInfo.attach('order confirmation', { body: await page.screenshot(), contentType: 'image/png' })
})

test('the cart checkbox deselects an item (and with it the subtotal)', async ({ page }) => {
  const [a, b] = currentStore().catalog.products.filter((p) => p.options.length === 0)
  if (!a || !b) throw new Error('no products without options')
  for (const product of [a, b]) {
    await page.goto(`${currentStore().url}/dp/${product.asin}`)
    await page.locator('#add-to-cart-button').click()
    await expect(page.locator('#attach-desktop-sideSheet')).toBeVisible()
  }
  await page.goto(`${currentStore().url}/cart`)
  const subtotal = page.locator('#sc-subtotal-amount-activecart')
  const both = await subtotal.textContent()
  await page
    .locator(`.sc-list-item[data-asin="${a.asin}"] .sc-item-check-checkbox-selector input[type=checkbox]`)
    .uncheck()
  await expect(subtotal).not.toHaveText(both ?? '')
  await expect(page.locator(`.sc-list-item[data-asin="${a.asin}"] input[type=checkbox]`)).not.toBeChecked()
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('a shopper can still choose options, add to cart and delete', async ({ page }) => {
    const product = findProduct(
      (p) =>
        p.options.length === 1 &&
        p.options[0]?.values.filter((v) => v.available).length === p.options[0]?.values.length,
    )
    const option = product.options[0]
    const last = option?.values.at(-1)?.label ?? ''
    await page.goto(`${currentStore().url}/dp/${product.asin}`)
    await page
      .locator(`#inline-twister-row-${option?.dimension}_name span.a-button`, { hasText: last })
      .first()
      .click()
    await expect(page.locator('.a-button-selected')).toContainText(last)
    await page.locator('#add-to-cart-button').click()
    await page.locator('#attach-sidesheet-view-cart-button').click()
    const item = page.locator(`.sc-list-item[data-asin="${product.asin}"]`)
    await expect(item.locator('.sc-product-variation')).toContainText(last)
    await item.locator('[data-feature-id="delete"] input').click()
    await expect(page.locator('#sc-active-cart .sc-list-item')).toHaveCount(0)
  })
})

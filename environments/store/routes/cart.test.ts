import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { priceOf } from '../catalog/pricing.js'
import type { Product } from '../catalog/product.js'
import { type Store, type StoreEvent, StoreEventSchema, startStore } from '../index.js'
import { StoreClient } from '../test-client.js'

let store: Store
const internalErrors: unknown[] = []
const CLOCK = () => new Date('2025-11-03T10:00:00Z')

beforeAll(async () => {
  store = await startStore({ seed: 5, clock: CLOCK, onInternalError: (e) => internalErrors.push(e) })
})
afterAll(async () => {
  await store.close()
  expect(internalErrors).toEqual([])
})

function find(predicate: (p: Product) => boolean): Product {
  const product = store.catalog.products.find(predicate)
  if (!product) throw new Error('no product in the catalog matches')
  return product
}

const plain = () => find((p) => p.options.length === 0)
const withSize = () =>
  find(
    (p) =>
      p.options.length === 1 &&
      p.options[0]?.dimension === 'size' &&
      (p.options[0]?.values.filter((v) => v.available).length ?? 0) >= 2,
  )

async function newShopper(): Promise<StoreClient> {
  const shopper = new StoreClient(store.url)
  await shopper.get('/')
  return shopper
}

/** The events a session logged, read over HTTP as the runner does, and checked against the schema. */
async function eventsOf(shopper: StoreClient): Promise<StoreEvent[]> {
  const response = await fetch(`${store.url}/__shopsim/events?session=${shopper.sessionId}`)
  expect(response.status).toBe(200)
  const body = (await response.json()) as { events: unknown[] }
  return body.events.map((e) => StoreEventSchema.parse(e))
}

describe('cart', () => {
  it('adds from the buybox, lands on the product page with the side sheet, and logs it', async () => {
    const shopper = await newShopper()
    const product = withSize()
    const size = product.options[0]?.values.filter((v) => v.available)[1]?.label ?? ''
    const page = await shopper.submit('/cart/add-to-cart', { ASIN: product.asin, size, quantity: '2' })
    expect(page.posted.location).toMatch(new RegExp(`^/dp/${product.asin}\\?size=.+&added=L1$`))
    const sheet = page.$('#attach-desktop-sideSheet')
    expect(sheet.length).toBe(1)
    expect(sheet.text()).toContain('Added to cart')
    expect(sheet.find('#attach-sidesheet-view-cart-button').attr('href')).toBe('/cart')
    expect(sheet.find('#attach-sidesheet-checkout-button').length).toBe(1)
    expect(sheet.find(`.ewc-item[data-asin="${product.asin}"] .ewc-item-title`).text()).toBe(product.title)
    expect(page.$('#nav-cart-count').text()).toBe('2')

    const events = await eventsOf(shopper)
    expect(events).toEqual([
      expect.objectContaining({
        type: 'add_to_cart',
        sessionId: shopper.sessionId,
        asin: product.asin,
        options: { size },
        quantity: 2,
        lineQuantity: 2,
        unitPriceCents: priceOf(product, { size }),
        via: 'product_page',
        time: '2025-11-03T10:00:00.000Z',
      }),
    ])
    expect(store.events.list({ sessionId: shopper.sessionId ?? '' })).toEqual(events)
  })

  it('merges a second add of the same item into one line, and keeps separate options apart', async () => {
    const shopper = await newShopper()
    const product = withSize()
    const [first, second] = product.options[0]?.values.filter((v) => v.available) ?? []
    await shopper.submit('/cart/add-to-cart', { ASIN: product.asin, size: first?.label ?? '' })
    await shopper.submit('/cart/add-to-cart', { ASIN: product.asin, size: first?.label ?? '', quantity: '3' })
    await shopper.submit('/cart/add-to-cart', { ASIN: product.asin, size: second?.label ?? '' })
    const cart = await shopper.get('/cart')
    const items = cart.$('#sc-active-cart .sc-list-item[data-asin]')
    expect(items.length).toBe(2)
    expect(items.first().attr('data-quantity')).toBe('4')
    expect(store.cart(shopper.sessionId ?? '').active.map((l) => l.quantity)).toEqual([4, 1])
  })

  it('changes quantities, deletes, saves for later and moves back, logging every step', async () => {
    const shopper = await newShopper()
    const a = plain()
    const b = find((p) => p.options.length === 0 && p.asin !== a.asin)
    await shopper.submit('/cart/add-to-cart', { ASIN: a.asin })
    await shopper.submit('/cart/add-to-cart', { ASIN: b.asin })
    let cart = await shopper.get('/cart')
    const item = cart.$(`.sc-list-item[data-asin="${a.asin}"]`)
    expect(item.find('.sc-item-check-checkbox-selector input[type=checkbox]').attr('checked')).toBeDefined()
    expect(item.find('a.sc-product-link .sc-product-title').text()).toBe(a.title)
    expect(item.find('[data-a-selector="value"]').text()).toBe('1')
    expect(item.find('[data-feature-id="delete"] input[value="Delete"]').length).toBe(1)
    expect(item.find('[data-feature-id="save-for-later"] input').length).toBe(1)
    const line = item.attr('data-itemid') ?? ''

    cart = await shopper.submit('/cart/update', { line, op: 'increment' })
    cart = await shopper.submit('/cart/update', { line, op: 'increment' })
    expect(cart.$(`.sc-list-item[data-asin="${a.asin}"] [data-a-selector="value"]`).text()).toBe('3')
    cart = await shopper.submit('/cart/update', { line, op: 'decrement' })
    expect(cart.$(`.sc-list-item[data-asin="${a.asin}"]`).attr('data-quantity')).toBe('2')
    const subtotal = 2 * a.priceCents + b.priceCents
    expect(cart.$('#sc-subtotal-amount-activecart').text()).toBe(`$${(subtotal / 100).toFixed(2)}`)

    cart = await shopper.submit('/cart/update', { line, op: 'select' })
    expect(
      cart.$(`.sc-list-item[data-asin="${a.asin}"] input[type=checkbox]`).attr('checked'),
    ).toBeUndefined()
    expect(cart.$('#sc-subtotal-amount-activecart').text()).toBe(`$${(b.priceCents / 100).toFixed(2)}`)
    cart = await shopper.submit('/cart/update', { line, op: 'select', selected: '1' })

    cart = await shopper.submit('/cart/update', { line, op: 'Save for later' })
    expect(cart.$(`#sc-active-cart .sc-list-item[data-asin="${a.asin}"]`).length).toBe(0)
    expect(cart.$(`#sc-saved-cart [data-asin="${a.asin}"]`).length).toBe(1)
    cart = await shopper.submit('/cart/update', { line, op: 'Move to cart' })
    expect(cart.$(`#sc-active-cart .sc-list-item[data-asin="${a.asin}"]`).length).toBe(1)
    const lineB = cart.$(`.sc-list-item[data-asin="${b.asin}"]`).attr('data-itemid') ?? ''
    cart = await shopper.submit('/cart/update', { line: lineB, op: 'Delete' })
    expect(cart.$(`.sc-list-item[data-asin="${b.asin}"]`).length).toBe(0)
    // At quantity one, the minus button removes the line, as amazon's bin does.
    await shopper.submit('/cart/update', { line, op: 'decrement' })
    cart = await shopper.submit('/cart/update', { line, op: 'decrement' })
    expect(cart.$('#sc-active-cart .sc-list-item').length).toBe(0)

    const events = await eventsOf(shopper)
    expect(events.map((e) => e.type)).toEqual([
      'add_to_cart',
      'add_to_cart',
      'quantity_change',
      'quantity_change',
      'quantity_change',
      'select_item',
      'select_item',
      'save_for_later',
      'move_to_cart',
      'remove_from_cart',
      'quantity_change',
      'remove_from_cart',
    ])
    expect(events[2]).toMatchObject({ type: 'quantity_change', asin: a.asin, from: 1, to: 2 })
    expect(events.at(-1)).toMatchObject({
      type: 'remove_from_cart',
      asin: a.asin,
      quantity: 1,
      list: 'active',
    })
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((x, y) => x - y))
  })

  it('checks out the selected items and places an order', async () => {
    const shopper = await newShopper()
    const a = plain()
    await shopper.submit('/cart/add-to-cart', { ASIN: a.asin, quantity: '2' })
    const cart = await shopper.get('/cart')
    expect(cart.$('input[name="proceedToRetailCheckout"]').attr('value')).toBe('Proceed to checkout')
    const checkout = await shopper.submit('/cart/proceed-to-checkout', {})
    expect(checkout.posted.location).toBe('/checkout')
    expect(checkout.$('.checkout-item').length).toBe(1)
    expect(checkout.$('input[name="placeYourOrder1"]').length).toBe(1)
    const confirmation = await shopper.submit('/checkout/place-order', {
      placeYourOrder1: 'Place your order',
    })
    expect(confirmation.posted.location).toMatch(/^\/order\/112-\d{7}-\d{7}$/)
    expect(confirmation.$('#widget-purchaseConfirmationStatus').text()).toContain('Order placed')
    const orderId = confirmation.$('#order-id').text()

    const orders = store.orders(shopper.sessionId ?? '')
    expect(orders).toHaveLength(1)
    expect(orders[0]).toMatchObject({
      id: orderId,
      items: [{ asin: a.asin, quantity: 2, unitPriceCents: a.priceCents }],
      subtotalCents: 2 * a.priceCents,
    })
    expect((await shopper.get('/cart')).$('#sc-active-cart .sc-list-item').length).toBe(0)
    expect((await shopper.get('/orders')).$(`[data-order-id="${orderId}"]`).length).toBe(1)
    const events = await eventsOf(shopper)
    expect(events.map((e) => e.type)).toEqual(['add_to_cart', 'checkout', 'order_placed'])
    expect(events[2]).toMatchObject({ type: 'order_placed', orderId, totalCents: orders[0]?.totalCents })
    const api = (await (
      await fetch(`${store.url}/__shopsim/events?session=${shopper.sessionId}`)
    ).json()) as { orders: unknown[] }
    expect(api.orders).toEqual(orders)
  })

  it('Buy Now checks out just that item, leaving the rest of the cart', async () => {
    const shopper = await newShopper()
    const a = plain()
    const b = find((p) => p.options.length === 0 && p.asin !== a.asin)
    await shopper.submit('/cart/add-to-cart', { ASIN: a.asin })
    const checkout = await shopper.submit('/cart/add-to-cart', { ASIN: b.asin, 'submit.buy-now': 'Buy Now' })
    expect(checkout.posted.location).toBe('/checkout?line=L2')
    expect(
      checkout
        .$('.checkout-item')
        .map((_, el) => checkout.$(el).attr('data-asin'))
        .get(),
    ).toEqual([b.asin])
    await shopper.submit('/checkout/place-order', { line: 'L2' })
    expect(store.cart(shopper.sessionId ?? '').active.map((l) => l.asin)).toEqual([a.asin])
    const events = await eventsOf(shopper)
    expect(events.map((e) => e.type)).toEqual(['add_to_cart', 'add_to_cart', 'checkout', 'order_placed'])
    expect(events[1]).toMatchObject({ via: 'buy_now' })
  })

  it('adds from a search card to the smart-wagon page', async () => {
    const shopper = await newShopper()
    const a = plain()
    const results = await shopper.get(`/s?k=${encodeURIComponent(a.title)}`)
    const form = results.$(`[data-asin="${a.asin}"] form[action="/cart/add-to-cart"]`)
    const fields = Object.fromEntries(
      form
        .find('input[type=hidden]')
        .map((_, el) => [[results.$(el).attr('name') ?? '', results.$(el).attr('value') ?? '']])
        .get(),
    )
    expect(fields).toEqual({ ASIN: a.asin, quantity: '1', via: 'search_results' })
    const page = await shopper.submit('/cart/add-to-cart', fields)
    expect(page.posted.location).toBe('/cart/smart-wagon?added=L1')
    expect(page.$('#sw-atc-confirmation').text()).toBe('Added to cart')
    expect(page.$('#sw-gtc a').attr('href')).toBe('/cart')
  })

  it('keeps each session to itself', async () => {
    const alice = await newShopper()
    const bob = await newShopper()
    await alice.submit('/cart/add-to-cart', { ASIN: plain().asin })
    expect((await bob.get('/cart')).$('#sc-active-cart .sc-list-item').length).toBe(0)
    expect((await alice.get('/cart')).$('#sc-active-cart .sc-list-item').length).toBe(1)
    expect(await eventsOf(bob)).toEqual([])
    const whoAmI = (await (
      await fetch(`${store.url}/__shopsim/session`, { headers: { cookie: alice.cookie ?? '' } })
    ).json()) as {
      sessionId: string
    }
    expect(whoAmI.sessionId).toBe(alice.sessionId)
  })
})

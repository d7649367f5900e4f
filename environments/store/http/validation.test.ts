import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../catalog/product.js'
import { type Store, startStore } from '../index.js'
import { StoreClient } from '../test-client.js'

let store: Store
let shopper: StoreClient
const internalErrors: unknown[] = []

beforeAll(async () => {
  store = await startStore({ seed: 9, onInternalError: (e) => internalErrors.push(e) })
  shopper = new StoreClient(store.url)
  await shopper.get('/')
})
afterAll(async () => {
  await store.close()
  // Whatever was sent, nothing may have reached the 500 path.
  expect(internalErrors).toEqual([])
})

function find(predicate: (p: Product) => boolean): Product {
  const product = store.catalog.products.find(predicate)
  if (!product) throw new Error('no product in the catalog matches')
  return product
}

async function expectRefused(path: string, status: number, message: RegExp, form?: Record<string, string>) {
  const page = form === undefined ? await shopper.get(path) : await shopper.post(path, form)
  expect(page.status).toBe(status)
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(page.$('#store-error-message').text()).toMatch(message)
  // Still a whole page of the shop: the shopper can search or go home from it.
  expect(page.$('#twotabsearchtextbox').length).toBe(1)
}

describe('query validation (a readable 4xx page, never a 500)', () => {
  it('refuses an unknown product with 404', () =>
    expectRefused('/dp/B0ZZZZZZZZ', 404, /no product with ASIN B0ZZZZZZZZ/))

  it('refuses page numbers that are absurd, negative or not numbers', async () => {
    await expectRefused('/s?k=dog&page=1000000000', 400, /"page" must be a whole number from 1 to 10000/)
    await expectRefused('/s?k=dog&page=-1', 400, /"page" must be a whole number/)
    await expectRefused('/s?k=dog&page=two', 400, /"page" must be a whole number/)
    await expectRefused('/s?k=dog&page=0', 400, /"page" must be a whole number/)
  })

  it('refuses a minimum price above the maximum, and prices that are not amounts', async () => {
    await expectRefused(
      '/s?k=dog&low-price=50&high-price=10',
      400,
      /minimum price is higher than the maximum/,
    )
    await expectRefused('/s?k=dog&low-price=cheap', 400, /"low-price" must be an amount of dollars/)
  })

  it('refuses an unknown sort order, department or rating', async () => {
    await expectRefused('/s?k=dog&s=cheapest-first', 400, /"cheapest-first" is not a valid sort order/)
    await expectRefused('/s?k=dog&i=spaceships', 400, /no department "spaceships"/)
    await expectRefused('/s?k=dog&rating=5', 400, /"rating" must be a whole number from 1 to 4/)
  })

  it('refuses an over-long query and a repeated single-valued key', async () => {
    await expectRefused(`/s?k=${'a'.repeat(201)}`, 400, /"k" must be at most 200 characters long/)
    await expectRefused('/s?k=dog&k=cat', 400, /"k" may be given only once/)
    await expectRefused(`/suggest?q=${'b'.repeat(300)}`, 400, /"q" must be at most 200 characters long/)
  })

  it('refuses an unknown option value or dimension', async () => {
    const product = find(
      (p) =>
        p.options.some((o) => o.dimension === 'color') && !p.options.some((o) => o.dimension === 'style'),
    )
    await expectRefused(
      `/dp/${product.asin}?color=Plaid`,
      400,
      /"Plaid" is not a color of this product; choose one of/,
    )
    await expectRefused(`/dp/${product.asin}?style=Deluxe`, 400, /This product has no style option/)
  })

  it('answers an unknown path with 404 and a wrong method with 405 and Allow', async () => {
    await expectRefused('/no/such/page', 404, /There is no page at \/no\/such\/page/)
    const post = await shopper.post('/s?k=dog', {})
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
    const get = await shopper.get('/cart/add-to-cart')
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    const deleted = await shopper.request('/cart', { method: 'DELETE' })
    expect(deleted.status).toBe(405)
    expect(deleted.$('#store-error-message').text()).toMatch(/does not accept DELETE/)
  })
})

describe('form validation', () => {
  const asin = () => find((p) => p.options.length === 0).asin

  it('refuses quantities that are negative, zero, not numbers or huge', async () => {
    for (const quantity of ['-1', '0', 'lots', '2.5', '11', '1000000', '99999999999999999999'])
      await expectRefused('/cart/add-to-cart', 400, /"quantity" must be a whole number from 1 to 10/, {
        ASIN: asin(),
        quantity,
      })
  })

  it('refuses more than 30 of one item in the cart, and an unknown product', async () => {
    for (let i = 0; i < 3; i++) await shopper.post('/cart/add-to-cart', { ASIN: asin(), quantity: '10' })
    await expectRefused('/cart/add-to-cart', 409, /at most 30 of this item/, { ASIN: asin(), quantity: '1' })
    await expectRefused('/cart/add-to-cart', 404, /no product with ASIN B0NOTTHERE/, { ASIN: 'B0NOTTHERE' })
    await expectRefused('/cart/add-to-cart', 400, /"ASIN" must be text/, {})
  })

  it('refuses an unavailable or unknown option in the cart form', async () => {
    const product = find(
      (p) => p.options.length === 1 && p.options[0]?.values.some((v) => !v.available) === true,
    )
    const option = product.options[0]
    const gone = option?.values.find((v) => !v.available)?.label ?? ''
    await expectRefused('/cart/add-to-cart', 409, /currently unavailable/, {
      ASIN: product.asin,
      [option?.dimension ?? '']: gone,
    })
    await expectRefused('/cart/add-to-cart', 400, /is not a/, {
      ASIN: product.asin,
      [option?.dimension ?? '']: 'Nope',
    })
  })

  it('refuses cart actions on lines that do not exist or are malformed, and unknown actions', async () => {
    await expectRefused('/cart/update', 404, /no longer in your cart/, { line: 'L999', op: 'Delete' })
    await expectRefused('/cart/update', 400, /cart item reference is not valid/, {
      line: '../../etc',
      op: 'Delete',
    })
    await expectRefused('/cart/update', 400, /"explode" is not a valid cart action/, {
      line: 'L1',
      op: 'explode',
    })
  })

  it('refuses checkout with nothing selected, and an order that is not yours', async () => {
    const empty = new StoreClient(store.url)
    await expectRefusedWith(empty, '/cart/proceed-to-checkout', 409, /no selected items/, {})
    await expectRefusedWith(empty, '/checkout', 409, /no selected items/)
    await expectRefusedWith(
      empty,
      '/order/112-0000000-0000001',
      404,
      /no order 112-0000000-0000001 in this session/,
    )
  })

  it('refuses bodies that are not url-encoded forms, or too large', async () => {
    const multipart = await shopper.request('/cart/update', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"line":"L1"}',
    })
    expect(multipart.status).toBe(415)
    const big = await shopper.post('/cart/update', { line: 'L1', op: 'Delete', pad: 'x'.repeat(20_000) })
    expect(big.status).toBe(413)
  })
})

async function expectRefusedWith(
  client: StoreClient,
  path: string,
  status: number,
  message: RegExp,
  form?: Record<string, string>,
) {
  const page = form === undefined ? await client.get(path) : await client.post(path, form)
  expect(page.status).toBe(status)
  expect(page.$('#store-error-message').text()).toMatch(message)
}

describe('sessions', () => {
  it('starts a new session for a missing, malformed or forged cookie, never an error', async () => {
    for (const cookie of [
      undefined,
      'shopsim-session=garbage',
      `shopsim-session=${'a'.repeat(32)}.${'b'.repeat(22)}`,
      'shopsim-session=',
      'other=1; shopsim-session=%%%',
    ]) {
      const client = new StoreClient(store.url, cookie)
      const page = await client.get('/cart')
      expect(page.status).toBe(200)
      expect(page.headers.get('set-cookie')).toMatch(
        /^shopsim-session=[0-9a-f]{32}\.[A-Za-z0-9_-]{22}; Path=\/; HttpOnly; SameSite=Lax$/,
      )
      expect(client.sessionId).toMatch(/^[0-9a-f]{32}$/)
      expect(page.headers.get('x-shopsim-session')).toBe(client.sessionId)
    }
  })

  it('keeps a valid cookie without setting it again', async () => {
    const page = await shopper.get('/')
    expect(page.headers.get('set-cookie')).toBeNull()
    expect(page.headers.get('x-shopsim-session')).toBe(shopper.sessionId)
  })
})

describe('the events API', () => {
  it('answers JSON, and a JSON 400 for a malformed session id', async () => {
    const ok = await fetch(`${store.url}/__shopsim/events?session=${shopper.sessionId}&type=add_to_cart`)
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = (await ok.json()) as { events: Array<{ type: string }> }
    expect(body.events.length).toBeGreaterThan(0)
    for (const event of body.events) expect(event.type).toBe('add_to_cart')
    const bad = await fetch(`${store.url}/__shopsim/events?session=not-an-id`)
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: '"session" must be a session id (32 hex digits).' })
  })
})

describe('raw HTTP', () => {
  it('answers a request line the URL parser rejects with 400, not a crash', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(store.url)
      const req = httpRequest({ host: url.hostname, port: url.port, path: '//%zz', method: 'GET' }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end()
    })
    expect([400, 404]).toContain(status)
  })

  it('answers HEAD like GET without a body', async () => {
    const response = await fetch(`${store.url}/s?k=dog`, { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })
})

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { priceOf } from '../catalog/pricing.js'
import type { Product } from '../catalog/product.js'
import { type Store, startStore } from '../index.js'
import { money } from '../pages/format.js'
import { StoreClient } from '../test-client.js'

let store: Store
let shopper: StoreClient
const internalErrors: unknown[] = []

beforeAll(async () => {
  store = await startStore({ seed: 3, onInternalError: (e) => internalErrors.push(e) })
  shopper = new StoreClient(store.url)
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

const buyboxPrice = ($: Awaited<ReturnType<StoreClient['get']>>['$']) =>
  $('#corePrice_feature_div .a-offscreen').first().text()

describe('product page', () => {
  it("has amazon's landmarks: title, rating, price, twister, buybox, bullets, reviews, carousel", async () => {
    const product = find((p) => p.options.length >= 2 && p.reviews.length >= 3)
    const { status, $ } = await shopper.get(`/dp/${product.asin}`)
    expect(status).toBe(200)
    expect($('#centerCol span#productTitle').text()).toBe(product.title)
    expect($('#averageCustomerReviews #acrPopover').attr('title')).toBe(
      `${product.rating.toFixed(1)} out of 5 stars`,
    )
    expect($('a#acrCustomerReviewLink').attr('href')).toBe('#customerReviews')
    expect($('#histogramTable li').length).toBeGreaterThanOrEqual(5)
    expect(buyboxPrice($)).toBe(money(product.priceCents))
    for (const option of product.options) {
      const row = $(`#twister_feature_div #inline-twister-row-${option.dimension}_name`)
      expect(row.find('.dimension-text .a-color-secondary').text()).toMatch(/^(Color|Size|Style):$/)
      expect(row.find('ul.a-button-list li span.a-button').length).toBe(option.values.length)
      expect(row.find('span.a-button.a-button-selected').length).toBe(1)
      expect(row.find('span.a-button input.a-button-input').length).toBe(option.values.length)
    }
    const form = $('#rightCol #buybox form#addToCart')
    expect(form.attr('method')).toBe('post')
    expect(form.find('select#quantity[name=quantity] option').length).toBe(10)
    expect(form.find('input#add-to-cart-button[type=submit]').attr('value')).toBe('Add to Cart')
    expect(form.find('input#buy-now-button[type=submit]').length).toBe(1)
    expect($('#feature-bullets li').length).toBe(product.bullets.length)
    expect($('#customerReviews [data-hook="review"]').length).toBe(Math.min(5, product.reviews.length))
    expect($('#customerReviews [data-hook="review-body"]').first().text()).toBe(product.reviews[0]?.body)
    expect($('a[data-hook="see-all-reviews-link-foot"]').attr('href')).toBe(
      `/product-reviews/${product.asin}`,
    )
    const carousel = $('.a-carousel-container[aria-label="Products related to this item"]')
    expect(carousel.find('li.a-carousel-card img[alt]').length).toBe(6)
    expect(carousel.find('.a-carousel-goto-nextpage').attr('href')).toContain('sims=2')
  })

  it('changes the price when a costlier option is chosen, and keeps the other choices', async () => {
    const product = find(
      (p) =>
        p.options.length >= 2 &&
        p.options.some((o) => o.values.some((v) => v.available && v.priceDeltaCents > 0)),
    )
    const option = product.options.find((o) => o.values.some((v) => v.available && v.priceDeltaCents > 0))
    const value = option?.values.find((v) => v.available && v.priceDeltaCents > 0)
    if (!option || !value) throw new Error('unreachable')
    const base = await shopper.get(`/dp/${product.asin}`)
    const button = base.$(
      `#inline-twister-row-${option.dimension}_name input.a-button-input[value="${value.label}"]`,
    )
    const form = button.closest('form')
    const params = new URLSearchParams()
    form.find('input[type=hidden]').each((_, el) => {
      params.set(base.$(el).attr('name') ?? '', base.$(el).attr('value') ?? '')
    })
    params.set(option.dimension, value.label)
    expect(form.attr('action')).toBe(`/dp/${product.asin}`)
    const chosen = await shopper.get(`/dp/${product.asin}?${params}`)
    expect(chosen.status).toBe(200)
    const selection = Object.fromEntries(params)
    const expected = priceOf(product, { ...selection })
    expect(expected).toBe(
      product.priceCents +
        value.priceDeltaCents -
        (option.values.find((v) => v.available)?.priceDeltaCents ?? 0),
    )
    expect(buyboxPrice(chosen.$)).toBe(money(expected))
    expect(
      chosen
        .$(`#inline-twister-row-${option.dimension}_name .a-button-selected .swatch-title-text-display`)
        .text(),
    ).toBe(value.label)
    expect(chosen.$(`form#addToCart input[name=${option.dimension}]`).attr('value')).toBe(value.label)
  })

  it('shows an out-of-stock option as unavailable, without buying buttons', async () => {
    const product = find((p) => p.options.some((o) => o.values.some((v) => !v.available)))
    const option = product.options.find((o) => o.values.some((v) => !v.available))
    const value = option?.values.find((v) => !v.available)
    if (!option || !value) throw new Error('unreachable')
    const { status, $ } = await shopper.get(
      `/dp/${product.asin}?${option.dimension}=${encodeURIComponent(value.label)}`,
    )
    expect(status).toBe(200)
    expect($('#availability').text()).toContain('Currently unavailable')
    expect($('#add-to-cart-button').length).toBe(0)
    expect($(`#inline-twister-row-${option.dimension}_name .a-button-unavailable`).length).toBeGreaterThan(0)
  })

  it('pages the related carousel and the reviews', async () => {
    const product = find((p) => p.reviews.length > 10)
    const second = await shopper.get(`/dp/${product.asin}?sims=2`)
    expect(second.$('.a-carousel-page-current').text()).toBe('2')
    const reviews = await shopper.get(`/product-reviews/${product.asin}`)
    expect(reviews.status).toBe(200)
    expect(reviews.$('[data-hook="review"]').length).toBe(10)
    const page2 = await shopper.get(`/product-reviews/${product.asin}?page=2`)
    expect(page2.$('[data-hook="review"]').length).toBe(product.reviews.length - 10)
    const fiveStars = await shopper.get(`/product-reviews/${product.asin}?stars=5`)
    for (const el of fiveStars.$('[data-hook="review-star-rating"] .a-icon-alt').toArray())
      expect(fiveStars.$(el).text()).toBe('5.0 out of 5 stars')
    expect((await shopper.get(`/product-reviews/${product.asin}?page=3`)).status).toBe(404)
    expect(reviews.$('#productTitle').length).toBe(0)
  })

  it('serves a JPEG per product and per colour, at the sizes pages show, and 404 for anything else', async () => {
    const product = find((p) => p.options.some((o) => o.dimension === 'color'))
    const color = product.options.find((o) => o.dimension === 'color')?.values[0]?.label ?? ''
    const slug = color.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    const expected = [
      [`/images/${product.asin}.jpg`, 400],
      [`/images/${product.asin}-${slug}.jpg`, 400],
      [`/images/${product.asin}._SS220_.jpg`, 220],
      [`/images/${product.asin}-${slug}._SS40_.jpg`, 40],
    ] as const
    for (const [path, size] of expected) {
      const response = await fetch(store.url + path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/jpeg')
      const bytes = Buffer.from(await response.arrayBuffer())
      const meta = await sharp(bytes).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', size, size])
    }
    for (const path of [
      `/images/${product.asin}-plaid.jpg`,
      '/images/B000000000.jpg',
      `/images/${product.asin}._SS221_.jpg`,
      `/images/${product.asin}._SS9999_.jpg`,
    ])
      expect((await fetch(store.url + path)).status).toBe(404)
  })

  it('asks for every picture at the size the page shows it', async () => {
    const pages = [
      '/',
      '/s?k=coffee',
      `/dp/${find(() => true).asin}`,
      `/product-reviews/${find(() => true).asin}`,
    ]
    let pictures = 0
    for (const url of pages) {
      const { $ } = await shopper.get(url)
      for (const img of $('img[src^="/images/"]').toArray()) {
        const src = $(img).attr('src') ?? ''
        expect(src).toMatch(/\._SS\d+_\.jpg$/)
        expect(/_SS(\d+)_/.exec(src)?.[1]).toBe($(img).attr('width'))
        pictures++
      }
    }
    expect(pictures).toBeGreaterThan(20)
  })

  it('accepts amazon-style product URLs with a title slug in front', async () => {
    const product = find(() => true)
    expect((await shopper.get(`/Some-Product-Name/dp/${product.asin}`)).status).toBe(200)
  })
})

import type { CheerioAPI } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Store, startStore } from '../index.js'
import { terms } from '../search/tokenize.js'
import { StoreClient } from '../test-client.js'

const CLOCK = () => new Date('2025-11-03T10:00:00Z')
let store: Store
let shopper: StoreClient
const internalErrors: unknown[] = []

beforeAll(async () => {
  store = await startStore({ seed: 11, clock: CLOCK, onInternalError: (e) => internalErrors.push(e) })
  shopper = new StoreClient(store.url)
})
afterAll(async () => {
  await store.close()
  expect(internalErrors).toEqual([])
})

interface Card {
  asin: string
  title: string
  priceCents: number
}

function cards($: CheerioAPI): Card[] {
  return $('[data-component-type="s-search-result"]')
    .toArray()
    .map((el) => ({
      asin: $(el).attr('data-asin') ?? '',
      title: $(el).find('a h2').text().trim(),
      priceCents: Math.round(
        Number($(el).find('.a-price .a-offscreen').first().text().replace(/[$,]/g, '')) * 100,
      ),
    }))
}

function totalOf($: CheerioAPI): number {
  const match = /of ([\d,]+) results/.exec($('.s-breadcrumb').text())
  return match ? Number(match[1]?.replace(/,/g, '')) : 0
}

/** Every result of a search, page by page. */
async function allResults(path: string): Promise<Card[]> {
  const all: Card[] = []
  for (let page = 1; page < 50; page++) {
    const { status, $ } = await shopper.get(`${path}&page=${page}`)
    if (status === 404) break
    expect(status).toBe(200)
    all.push(...cards($))
    if ($('.s-pagination-next').is('span') || $('.s-pagination-strip').length === 0) break
  }
  return all
}

describe('search relevance', () => {
  it('ranks products whose titles hold every query word first', async () => {
    const { status, $ } = await shopper.get('/s?k=portable+charger')
    expect(status).toBe(200)
    const found = cards($)
    expect(found.length).toBe(16)
    for (const card of found.slice(0, 10)) expect(card.title.toLowerCase()).toMatch(/portable charger/)
    expect($('#twotabsearchtextbox').attr('value')).toBe('portable charger')
  })

  it('puts the product whose exact title was searched at the top', async () => {
    const target = store.catalog.products[123]
    if (!target) throw new Error('catalog too small')
    const { $ } = await shopper.get(`/s?k=${encodeURIComponent(target.title)}`)
    expect(cards($)[0]?.asin).toBe(target.asin)
  })

  it('searches the brand and type fields as well as titles', async () => {
    const brand = store.catalog.products[5]?.brand ?? ''
    const { $ } = await shopper.get(`/s?k=${encodeURIComponent(brand)}`)
    for (const card of cards($)) expect(store.catalog.product(card.asin)?.brand).toBe(brand)
  })

  it('corrects misspelt words and says so', async () => {
    const { $ } = await shopper.get('/s?k=portble+chargr')
    expect($('.s-spell-correction').text()).toContain('portable charger')
    expect(cards($)[0]?.title.toLowerCase()).toContain('portable charger')
  })

  it('accepts the nav bar form field (field-keywords) and a department', async () => {
    const { $ } = await shopper.get('/s?i=electronics&field-keywords=charger')
    const found = cards($)
    expect(found.length).toBeGreaterThan(0)
    for (const card of found) expect(store.catalog.product(card.asin)?.department).toBe('electronics')
  })

  it('renders the same page for the same seed (determinism of pages)', async () => {
    const twin = await startStore({ seed: 11, clock: CLOCK })
    try {
      const path = '/s?k=yoga+mat&s=price-asc-rank'
      const a = await shopper.get(path)
      const b = await new StoreClient(twin.url).get(path)
      expect(b.text).toBe(a.text)
    } finally {
      await twin.close()
    }
  })
})

describe('suggestions', () => {
  it('suggests "portable charger" for "portble chargr" at /suggest', async () => {
    const { status, $ } = await shopper.get('/suggest?q=portble+chargr')
    expect(status).toBe(200)
    const terms = $('.s-suggestion')
      .map((_, el) => $(el).attr('aria-label'))
      .get()
    expect(terms[0]).toBe('portable charger')
    expect($('.s-suggestion').first().attr('href')).toBe('/s?k=portable%20charger')
  })

  it('completes a word being typed and suggests nothing for an empty query', async () => {
    const partial = await shopper.get('/suggest?q=yoga+m')
    expect(partial.$('.s-suggestion').first().attr('aria-label')).toBe('yoga mat')
    const empty = await shopper.get('/suggest?q=')
    expect(empty.$('.s-suggestion').length).toBe(0)
  })

  it('offers "did you mean" terms on a page with no results', async () => {
    const { status, $ } = await shopper.get('/s?k=portab')
    expect(status).toBe(200)
    expect(cards($)).toEqual([])
    expect($('.s-no-results h2').text()).toContain('No results for portab')
    const offered = $('.s-did-you-mean .s-suggestion')
      .map((_, el) => $(el).attr('aria-label'))
      .get()
    expect(offered).toContain('portable charger')
  })
})

describe('refinements, sort and pagination', () => {
  it('filters by brand (several brands are OR-ed) and keeps other brands listed', async () => {
    const { $ } = await shopper.get('/s?k=charger')
    const brands = $('#brandsRefinements li')
      .map((_, el) => $(el).find('.a-size-base').text())
      .get()
    expect(brands.length).toBeGreaterThan(2)
    const [a = '', b = ''] = brands
    const one = await shopper.get(`/s?k=charger&brand=${encodeURIComponent(a)}`)
    for (const card of cards(one.$)) expect(store.catalog.product(card.asin)?.brand).toBe(a)
    expect(one.$('#brandsRefinements li').length).toBeGreaterThan(1)
    expect(
      one.$('#brandsRefinements a[aria-current="true"] input[type=checkbox]').attr('checked'),
    ).toBeDefined()
    const two = await allResults(`/s?k=charger&brand=${encodeURIComponent(a)}&brand=${encodeURIComponent(b)}`)
    expect(new Set(two.map((c) => store.catalog.product(c.asin)?.brand))).toEqual(new Set([a, b]))
  })

  it('links every refinement option to a page where it is applied', async () => {
    const { $ } = await shopper.get('/s?k=bottle')
    const link = $('#reviewsRefinements a.s-navigation-item').first().attr('href') ?? ''
    expect(link).toContain('rating=4')
    const rated = await allResults(link)
    for (const card of rated) expect(store.catalog.product(card.asin)?.rating).toBeGreaterThanOrEqual(4)
  })

  it('filters by price range, Prime and option values', async () => {
    const priced = await allResults('/s?k=&low-price=20&high-price=30.50')
    expect(priced.length).toBeGreaterThan(0)
    for (const card of priced) expect(card.priceCents).toBeGreaterThanOrEqual(2000)
    for (const card of priced) expect(card.priceCents).toBeLessThanOrEqual(3050)
    const prime = await allResults('/s?k=yoga+mat&prime=1')
    for (const card of prime) expect(store.catalog.product(card.asin)?.prime).toBe(true)
    const red = await allResults('/s?k=&color=Red&i=toys')
    expect(red.length).toBeGreaterThan(0)
    for (const card of red) {
      const colors = store.catalog
        .product(card.asin)
        ?.options.find((o) => o.dimension === 'color')
        ?.values.map((v) => v.label)
      expect(colors).toContain('Red')
    }
  })

  it('sorts by price both ways, by reviews and by date, over every page', async () => {
    const ascending = await allResults('/s?k=cable&s=price-asc-rank')
    expect(ascending.length).toBeGreaterThan(16)
    const prices = ascending.map((c) => c.priceCents)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    const descending = (await allResults('/s?k=cable&s=price-desc-rank')).map((c) => c.priceCents)
    expect(descending).toEqual([...prices].sort((a, b) => b - a))
    const byReview = (await allResults('/s?k=cable&s=review-rank')).map(
      (c) => store.catalog.product(c.asin)?.rating ?? 0,
    )
    expect(byReview).toEqual([...byReview].sort((a, b) => b - a))
    const byDate = (await allResults('/s?k=cable&s=date-desc-rank')).map(
      (c) => store.catalog.product(c.asin)?.releaseDate ?? '',
    )
    expect(byDate).toEqual([...byDate].sort().reverse())
    const selected = await shopper.get('/s?k=cable&s=review-rank')
    expect(selected.$('#s-result-sort-select option[selected]').attr('value')).toBe('review-rank')
  })

  it('pages through every result exactly once, and says how many there are', async () => {
    const first = await shopper.get('/s?k=dog')
    const total = totalOf(first.$)
    expect(total).toBeGreaterThan(32)
    const all = await allResults('/s?k=dog')
    expect(all.length).toBe(total)
    expect(new Set(all.map((c) => c.asin)).size).toBe(total)
    for (const card of all.slice(0, 5)) expect(terms(card.title)).toContain('dog')
    const strip = first.$('.s-pagination-strip .s-pagination-item')
    expect(strip.first().text()).toBe('Previous')
    expect(first.$('.s-pagination-selected').text()).toBe('1')
    const page2 = await shopper.get('/s?k=dog&page=2')
    expect(page2.$('.s-pagination-selected').text()).toBe('2')
    expect(page2.$('a.s-pagination-previous').attr('href')).toBe('/s?k=dog')
  })

  it('answers 404 with a readable page beyond the last page', async () => {
    const { status, $ } = await shopper.get('/s?k=dog&page=999')
    expect(status).toBe(404)
    expect($('#store-error-message').text()).toMatch(/Page 999 does not exist: this search has \d+ pages/)
  })
})

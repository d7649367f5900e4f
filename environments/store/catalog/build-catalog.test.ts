import { describe, expect, it } from 'vitest'
import { buildCatalog } from './build-catalog.js'
import { ASIN_PATTERN } from './make-asin.js'
import { defaultSelection, priceOf } from './pricing.js'

const catalog = buildCatalog({ seed: 7 })

describe('buildCatalog', () => {
  it('builds at least 2,000 products in at least 15 departments, each department stocked', () => {
    expect(catalog.products.length).toBeGreaterThanOrEqual(2000)
    expect(catalog.departments.length).toBeGreaterThanOrEqual(15)
    for (const department of catalog.departments) expect(department.productCount).toBeGreaterThan(50)
    expect(catalog.departments.map((d) => d.name)).toEqual(
      expect.arrayContaining([
        'Electronics',
        'Home & Kitchen',
        'Books',
        'Pet Supplies',
        'Grocery & Gourmet Food',
        'Baby',
      ]),
    )
  })

  it('is the same catalog for the same seed and a different one for another seed', () => {
    const again = buildCatalog({ seed: 7 })
    expect(JSON.stringify(again.products)).toBe(JSON.stringify(catalog.products))
    const other = buildCatalog({ seed: 8, size: 50 })
    expect(other.products.map((p) => p.asin)).not.toEqual(catalog.products.slice(0, 50).map((p) => p.asin))
  })

  it('gives product i the same content whatever the catalog size', () => {
    const small = buildCatalog({ seed: 7, size: 40 })
    expect(JSON.stringify(small.products)).toBe(JSON.stringify(catalog.products.slice(0, 40)))
  })

  it('uses unique amazon-like ASINs and unique, long titles', () => {
    const asins = catalog.products.map((p) => p.asin)
    for (const asin of asins) expect(asin).toMatch(ASIN_PATTERN)
    expect(new Set(asins).size).toBe(asins.length)
    expect(new Set(catalog.products.map((p) => p.title)).size).toBe(asins.length)
    const meanLength = catalog.products.reduce((sum, p) => sum + p.title.length, 0) / asins.length
    expect(meanLength).toBeGreaterThan(70)
    for (const p of catalog.products) expect(catalog.product(p.asin)).toBe(p)
  })

  it('fills every field a product page shows', () => {
    for (const p of catalog.products) {
      expect(p.brand).not.toBe('')
      expect(p.bullets.length).toBeGreaterThanOrEqual(4)
      expect(p.priceCents).toBe(priceOf(p, defaultSelection(p)))
      if (p.listPriceCents !== undefined) expect(p.listPriceCents).toBeGreaterThan(p.priceCents)
      expect(p.histogram.reduce((a, b) => a + b, 0)).toBe(100)
      const mean = p.histogram.reduce((sum, share, i) => sum + share * (i + 1), 0) / 100
      expect(Math.abs(mean - p.rating)).toBeLessThanOrEqual(0.05 + 1e-9)
      expect(p.reviews.length).toBeGreaterThanOrEqual(1)
      for (const r of p.reviews) {
        expect(r.title).not.toBe('')
        expect(r.body.length).toBeGreaterThan(20)
        expect(r.author).not.toBe('')
        expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(r.helpful).toBeGreaterThanOrEqual(0)
      }
      expect(p.deliveryDays).toBeGreaterThanOrEqual(1)
    }
  })

  it('offers colour, size and style options, some costing more and some out of stock', () => {
    const options = catalog.products.flatMap((p) => p.options)
    for (const dimension of ['color', 'size', 'style'] as const)
      expect(options.filter((o) => o.dimension === dimension).length).toBeGreaterThan(100)
    const values = options.flatMap((o) => o.values)
    expect(values.some((v) => v.priceDeltaCents > 0)).toBe(true)
    expect(values.some((v) => !v.available)).toBe(true)
    for (const option of options) expect(option.values.some((v) => v.available)).toBe(true)
  })
})

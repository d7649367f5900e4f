import { readFileSync } from 'node:fs'
import { load } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../../tests/fixtures.js'
import { simplifyHtml } from '../../simplify/simplify-html.js'
import { slugify } from '../../simplify/slug.js'
import { AMAZON_RECIPES } from '../index.js'

const html = readFileSync(fixturePath('amazon', 'search-portable-charger.html'), 'utf8')
const result = simplifyHtml(html, AMAZON_RECIPES, { url: 'https://www.amazon.com/s?k=portable+charger' })
const byName = new Map(result.elements.map((element) => [element.name, element]))
const clickTypeOf = (name: string) => byName.get(name)?.clickType

// The titles as the page shows them, read independently of the recipes.
const $ = load(html)
const cards = $('[data-component-type="s-search-result"][data-asin]')
  .toArray()
  .map((card) => ({ asin: $(card).attr('data-asin'), title: $(card).find('h2').first().text().trim() }))

describe('amazon search recipe on the real search page', () => {
  it('applies, with no warnings', () => {
    expect(result.recipe).toBe('amazon-search')
    expect(result.warnings).toEqual([])
    expect(
      result.html.startsWith(
        '<html><head></head><body><div name="nav_bar" role="navigation" aria-label="Primary">',
      ),
    ).toBe(true)
  })

  it('names the search box (with the query) and the search button', () => {
    expect(clickTypeOf('nav_bar.search_input')).toBe('search')
    expect(clickTypeOf('nav_bar.search_button')).toBe('search')
    expect(result.html).toContain(
      '<input name="nav_bar.search_input" type="text" aria-label="Search Amazon" value="portable charger">',
    )
    expect(clickTypeOf('nav_bar.cart_button')).toBe('nav_bar')
  })

  it('makes one search_results group per result card, named after its title, with name and image', () => {
    expect(cards).toHaveLength(22)
    const groups = result.elements.filter((e) => /^search_results\.[^.]+$/.test(e.name))
    expect(groups.map((e) => e.name)).toEqual(cards.map((card) => `search_results.${slugify(card.title)}`))
    for (const group of groups) {
      expect(clickTypeOf(`${group.name}.product_name`)).toBe('product_link')
      expect(clickTypeOf(`${group.name}.product_image`)).toBe('product_link')
      expect(clickTypeOf(`${group.name}.product_rating`)).toBe('review')
      expect(byName.get(`${group.name}.product_price`)?.text).toMatch(/^\$\d+\.\d\d$/)
    }
    expect(result.html.match(/<split-marker><\/split-marker>/g)?.length).toBeGreaterThanOrEqual(21)
    const first = `search_results.${slugify(cards[0]?.title ?? '')}`
    expect(result.elementMeta[first]).toEqual({ asin: 'B0FQVG4RWW', title: cards[0]?.title, price: 25.18 })
  })

  it('names refinements by group heading and option, click type filter', () => {
    for (const name of [
      'refinements.brands.anker',
      'refinements.customer_reviews.4_stars',
      'refinements.price.up_to_15',
      'refinements.eligible_for_free_shipping.free_shipping_by_amazon',
      'refinements.deals_discounts.today_s_deals',
    ])
      expect(clickTypeOf(name), name).toBe('filter')
    const groups = new Set(
      result.elements.filter((e) => e.name.startsWith('refinements.')).map((e) => e.name.split('.')[1]),
    )
    expect(groups.size).toBeGreaterThanOrEqual(20)
  })

  it('names the sort order as a drop-down list and the pages as pagination.<n>', () => {
    expect(clickTypeOf('refinements_toolbar.sort_by.open_drop_down_list')).toBe('filter')
    expect(clickTypeOf('refinements_toolbar.sort_by.price_low_to_high')).toBe('filter')
    expect(result.elements.filter((e) => e.name.startsWith('pagination.')).map((e) => e.name)).toEqual([
      'pagination.previous',
      'pagination.1',
      'pagination.2',
      'pagination.3',
      'pagination.20',
      'pagination.next',
    ])
    expect(clickTypeOf('pagination.2')).toBe('page_related')
    expect(result.html).toContain(
      '<span name="pagination.1" aria-label="Page 1" aria-selected="true">1</span>',
    )
  })

  it('fills page_meta with the search term and every result', () => {
    expect(result.pageMeta.search_term).toEqual([{ term: 'portable charger' }])
    const results = result.pageMeta.search_results as { asin: string; price: number | null; url: string }[]
    expect(results.map((r) => r.asin)).toEqual(cards.map((card) => card.asin))
    expect(results[0]).toMatchObject({ price: 25.18, rating: 4.5 })
    expect(results[1]?.url.startsWith('https://www.amazon.com/')).toBe(true)
  })
})

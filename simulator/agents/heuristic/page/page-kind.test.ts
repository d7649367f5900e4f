import { describe, expect, it } from 'vitest'
import { amazonFixtureContexts, operaMiniContexts } from '../test-contexts.js'
import { pageKindOf } from './page-kind.js'
import { readPage } from './read-page.js'

const kindAt = (html: string, url?: string) => pageKindOf(readPage({ html, ...(url ? { url } : {}) }))

describe('pageKindOf', () => {
  it('recognises every page of opera-mini and the amazon.com fixtures', async () => {
    const kinds = [...(await operaMiniContexts()), ...amazonFixtureContexts()].map((c) =>
      pageKindOf(readPage(c.observation)),
    )
    expect(kinds).toEqual([
      'confirmation',
      'cart',
      ...Array(9).fill('product'),
      'home',
      'search',
      'search',
      'product',
      'search',
      'product',
      'product',
    ])
  })

  it('reads the landmarks when the URL says nothing (saved pages)', () => {
    expect(kindAt('<input name="place_order" type="submit">')).toBe('checkout')
    expect(kindAt('<a name="active_item_list.mug.product_detail">Mug</a><input name="check_out">')).toBe(
      'cart',
    )
    expect(
      kindAt('<div name="search_results.mug"><h2 name="search_results.mug.product_name">Mug</h2></div>'),
    ).toBe('search')
    expect(kindAt('<h1 name="product_title">Mug</h1>')).toBe('product')
    expect(kindAt('<a name="go_to_cart">Go to Cart</a>')).toBe('confirmation')
    expect(kindAt('<div name="nav_bar"></div>', 'http://127.0.0.1:8080/order/112-1')).toBe('order')
    expect(kindAt('<div name="nav_bar"></div>', 'http://127.0.0.1:8080/product-reviews/B0')).toBe('other')
  })

  it('keeps the names of an OPeRA select (a span and one link per option) that a spec parser drops', () => {
    const view = readPage({
      html: '<select name="sort"><span name="sort.open_drop_down_list">Featured</span><a name="sort.price_low_to_high">Low</a></select>',
    })
    expect(view.elements.map((e) => e.name)).toEqual([
      'sort',
      'sort.open_drop_down_list',
      'sort.price_low_to_high',
    ])
  })
})

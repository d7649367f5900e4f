import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyClick } from '../../traces/schema/click-type.js'
import { AMAZON_RECIPES } from '../recipes/index.js'
import { simplifyHtml } from '../simplify/simplify-html.js'
import type { Product } from './catalog/product.js'
import { type Store, startStore } from './index.js'
import { StoreClient } from './test-client.js'

// The store mirrors amazon.com's landmarks (environments/recipes/LANDMARKS.md) so the amazon recipes
// name its elements as OPeRA names amazon's. This runs the real recipes over real store pages.

let store: Store
let shopper: StoreClient

beforeAll(async () => {
  store = await startStore({ seed: 2 })
  shopper = new StoreClient(store.url)
})
afterAll(() => store.close())

function find(predicate: (p: Product) => boolean): Product {
  const product = store.catalog.products.find(predicate)
  if (!product) throw new Error('no product matches')
  return product
}

async function simplified(path: string) {
  const { text } = await shopper.get(path)
  const page = simplifyHtml(text, AMAZON_RECIPES, { url: store.url + path })
  const clickTypes = new Map(page.elements.map((e) => [e.name, classifyClick(e.name)]))
  return { ...page, names: page.elements.map((e) => e.name), clickTypes }
}

describe('the amazon recipes on store pages', () => {
  it('name the nav bar, result cards, refinements, sort and pagination of the search page', async () => {
    const page = await simplified('/s?k=portable+charger')
    expect(page.recipe).toBe('amazon-search')
    expect(page.warnings).toEqual([])
    for (const name of ['nav_bar.search_input', 'nav_bar.search_button', 'pagination.2', 'pagination.next'])
      expect(page.names).toContain(name)
    expect(page.clickTypes.get('nav_bar.search_input')).toBe('search')
    expect(page.clickTypes.get('pagination.2')).toBe('page_related')
    const productNames = page.names.filter((n) => /^search_results\.[a-z0-9_]+\.product_name$/.test(n))
    expect(productNames).toHaveLength(16)
    expect(page.clickTypes.get(productNames[0] ?? '')).toBe('product_link')
    expect(page.names.some((n) => n.startsWith('refinements.brands.'))).toBe(true)
    expect(page.clickTypes.get(page.names.find((n) => n.startsWith('refinements.brands.')) ?? '')).toBe(
      'filter',
    )
    expect(page.names).toContain('refinements_toolbar.sort_by.price_low_to_high')
    expect(page.pageMeta.search_term).toEqual([{ term: 'portable charger' }])
  })

  it('name the options, buybox, bullets, reviews and carousel of a product page', async () => {
    const product = find((p) => p.options.some((o) => o.dimension === 'size') && p.reviews.length >= 3)
    const page = await simplified(`/dp/${product.asin}`)
    expect(page.recipe).toBe('amazon-product')
    const size = product.options.find((o) => o.dimension === 'size')?.values[0]?.label ?? ''
    const sizeName = `product_options.size.button_list.${size
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')}`
    expect(page.names).toContain(sizeName)
    expect(page.clickTypes.get(sizeName)).toBe('product_option')
    for (const name of [
      'buybox.one_time_purchase.purchase_form.add_to_cart',
      'buybox.one_time_purchase.purchase_form.buy_now',
      'buybox.one_time_purchase.purchase_form.quantity_selector.2',
    ])
      expect(page.names).toContain(name)
    expect(page.clickTypes.get('buybox.one_time_purchase.purchase_form.add_to_cart')).toBe('purchase')
    expect(page.names).toContain('about_this_item.0')
    expect(page.names).toContain('reviews.see_all_reviews')
    expect(page.names).toContain('products_related_to_this_item.carousel_next_slide')
  })

  it('name the side sheet after add to cart, and the cart page', async () => {
    const product = find((p) => p.options.length === 0)
    const landed = await shopper.submit('/cart/add-to-cart', { ASIN: product.asin })
    const sheet = simplifyHtml(landed.text, AMAZON_RECIPES, {
      url: store.url + (landed.posted.location ?? ''),
    })
    const sheetNames = sheet.elements.map((e) => e.name)
    expect(sheetNames).toContain('cart_side_bar.go_to_cart')
    expect(classifyClick('cart_side_bar.go_to_cart')).toBe('cart_side_bar')

    const cart = await simplified('/cart')
    expect(cart.recipe).toBe('amazon-cart')
    const item = cart.names.find((n) => n.startsWith('active_item_list.') && n.endsWith('.checkbox')) ?? ''
    expect(cart.clickTypes.get(item)).toBe('cart_page_select')
    const prefix = item.slice(0, -'.checkbox'.length)
    for (const action of ['increase_quantity_by_one', 'decrease_quantity_by_one', 'delete', 'save_for_later'])
      expect(cart.names).toContain(`${prefix}.${action}`)
    expect(cart.clickTypes.get(`${prefix}.delete`)).toBe('quantity')
    expect(cart.names).toContain('check_out')
    expect(cart.clickTypes.get('check_out')).toBe('purchase')
    expect(cart.pageMeta.cart_items).toEqual([expect.objectContaining({ asin: product.asin, quantity: 1 })])
  })
})

import { describe, expect, it } from 'vitest'
import { simplifyHtml } from '../../simplify/simplify-html.js'
import { AMAZON_RECIPES } from '../index.js'

// Built from LANDMARKS.md alone, as the embedded store builds its pages (the cart is not among the fixtures).
const NAV = `<div id="navbar" role="navigation" aria-label="Primary"><a id="nav-logo-sprites" href="/">Home</a>
  <form id="nav-search-bar-form" role="search" action="/s"><input id="twotabsearchtextbox" type="text" value="">
  <input id="nav-search-submit-button" type="submit" value="Go"></form>
  <a id="nav-cart" href="/gp/cart/view.html">Cart</a><a id="nav-orders" href="/orders">Orders</a></div>`

const line = (asin: string, title: string, price: string, quantity: number, checked: boolean) => `
  <div class="sc-list-item" data-asin="${asin}" data-quantity="${quantity}"><div class="sc-list-item-content">
    <span class="sc-item-check-checkbox-selector"><input type="checkbox" ${checked ? 'checked' : ''}></span>
    <a class="sc-product-link" href="/dp/${asin}"><span class="sc-product-title">${title}</span></a>
    <span class="sc-product-price">${price}</span>
    <button data-a-selector="decrement">-</button><span data-a-selector="value">${quantity}</span>
    <button data-a-selector="increment">+</button>
    <span data-feature-id="delete"><input type="submit" value="Delete"></span>
    <span data-feature-id="save-for-later"><input type="submit" value="Save for later"></span>
  </div></div>`

const CART = `<html><body>${NAV}<div id="sc-active-cart">
  ${line('B0AIRFRESH', 'AirKeep Car Air Freshener, Ocean Mist & Sea Salt', '$7.99', 2, true)}
  ${line('B0TENT0001', 'Trail Tent 2-Person', '$129.00', 1, false)}
  </div><span id="sc-subtotal-amount-activecart">$144.98</span>
  <input name="proceedToRetailCheckout" type="submit" value="Proceed to checkout"></body></html>`

const SMART_WAGON = `<html><body>${NAV}<div id="sw-atc-confirmation">Added to cart</div>
  <span id="sw-gtc"><a href="/gp/cart/view.html">Go to Cart</a></span>
  <input name="proceedToRetailCheckout" type="submit" value="Proceed to checkout"></body></html>`

const SIDE_SHEET = `<html><body>${NAV}<span id="productTitle">Trail Tent</span><div id="buybox">
  <form id="addToCart"><input id="add-to-cart-button" type="submit" value="Add to Cart"></form></div>
  <div id="attach-desktop-sideSheet"><a id="attach-sidesheet-view-cart-button" href="/cart">Cart</a>
  <input id="attach-sidesheet-checkout-button" type="submit" value="Proceed to checkout"></div></body></html>`

const HOME = `<html><body>${NAV}<div id="gw-card-layout">
  <div class="a-cardui" data-csa-c-type="widget"><h2>Deals in Outdoors</h2>
  <a class="a-link-normal" href="/s?k=tents"><img alt="Tents"></a><a class="a-link-normal" href="/deals">See all deals</a></div>
  </div></body></html>`

const typesOf = (html: string, url: string) => {
  const result = simplifyHtml(html, AMAZON_RECIPES, { url })
  return { result, types: new Map(result.elements.map((e) => [e.name, e.clickType])) }
}

describe('amazon cart recipe', () => {
  const { result, types } = typesOf(CART, 'https://www.amazon.com/gp/cart/view.html?ref_=nav_cart')
  const item = 'active_item_list.airkeep_car_air_freshener_ocean_mist_sea_salt'

  it('names every cart line control after the line title, with OPeRA click types', () => {
    expect(result.recipe).toBe('amazon-cart')
    expect(result.warnings).toEqual([])
    expect(types.get(`${item}.checkbox`)).toBe('cart_page_select')
    expect(types.get(`${item}.product_detail`)).toBe('product_link')
    expect(types.get(`${item}.decrease_quantity_by_one`)).toBe('quantity')
    expect(types.get(`${item}.increase_quantity_by_one`)).toBe('quantity')
    expect(types.get(`${item}.delete`)).toBe('quantity')
    expect(types.get(`${item}.save_for_later`)).toBe('other')
    expect(types.get('check_out')).toBe('purchase')
    expect(result.html).toContain(`<input name="${item}.checkbox" type="checkbox" checked="true">`)
    expect(result.html).toContain(
      '<input name="active_item_list.trail_tent_2_person.checkbox" type="checkbox" checked="false">',
    )
    expect(result.elements.find((e) => e.name === `${item}.quantity`)?.text).toBe('2')
  })

  it('fills cart_items and active_items, and element_meta per line', () => {
    const expected = [
      {
        title: 'AirKeep Car Air Freshener, Ocean Mist & Sea Salt',
        asin: 'B0AIRFRESH',
        price: 7.99,
        url: 'https://www.amazon.com/dp/B0AIRFRESH',
        quantity: 2,
      },
      {
        title: 'Trail Tent 2-Person',
        asin: 'B0TENT0001',
        price: 129,
        url: 'https://www.amazon.com/dp/B0TENT0001',
        quantity: 1,
      },
    ]
    expect(result.pageMeta.cart_items).toEqual(expected)
    expect(result.pageMeta.active_items).toEqual(expected)
    expect(result.elementMeta[item]).toEqual({ asin: 'B0AIRFRESH', title: expected[0]?.title, quantity: 2 })
  })

  it('names go_to_cart and check_out on the add-to-cart confirmation page', () => {
    const wagon = typesOf(SMART_WAGON, 'https://www.amazon.com/cart/smart-wagon?newItems=1')
    expect(wagon.result.recipe).toBe('amazon-cart')
    expect(wagon.types.get('go_to_cart')).toBe('other')
    expect(wagon.types.get('check_out')).toBe('purchase')
    expect(wagon.result.elements.find((e) => e.name === 'added_to_cart')?.text).toBe('Added to cart')
  })

  it('names the side sheet that opens after add to cart, on the product page', () => {
    const sheet = typesOf(SIDE_SHEET, 'https://www.amazon.com/dp/B0TENT0001')
    expect(sheet.result.recipe).toBe('amazon-product')
    expect(sheet.types.get('cart_side_bar.go_to_cart')).toBe('cart_side_bar')
    expect(sheet.types.get('cart_side_bar.check_out')).toBe('cart_side_bar')
  })
})

describe('amazon home recipe', () => {
  it('names grid cards by heading and their links by text or image alt', () => {
    const { result, types } = typesOf(HOME, 'https://www.amazon.com/')
    expect(result.recipe).toBe('amazon-home')
    expect(types.get('deals_in_outdoors.tents')).toBe('other')
    expect(types.get('deals_in_outdoors.see_all_deals')).toBe('other')
    expect(types.get('nav_bar.homepage')).toBe('nav_bar')
  })

  it('falls back to the nav bar on pages no other recipe knows', () => {
    const { result } = typesOf(
      `<html><body>${NAV}<p>Best sellers</p></body></html>`,
      'https://www.amazon.com/bestsellers',
    )
    expect(result.recipe).toBe('amazon-any-page')
    expect(result.elements.map((e) => e.name)).toContain('nav_bar.search_input')
  })
})

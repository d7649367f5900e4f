import { defineRecipe, type RecipeNode } from '../../simplify/recipe-schema.js'
import { cartSideBar } from './cart-side-bar.js'
import { navBar } from './nav-bar.js'
import { searchTermMeta } from './search-term.js'

const CART_ITEM = '#sc-active-cart .sc-list-item[data-asin]'

const control = (selector: string, word: string): RecipeNode => ({
  selector,
  first: true,
  name: { kind: 'fixed', word },
  kind: 'clickable',
  keep: ['type', 'value', 'aria-label', 'href'],
})

/** `active_item_list.<title>.{checkbox, product_detail, ..., delete, save_for_later}` per cart line. */
const activeItems: RecipeNode = {
  selector: '#sc-active-cart',
  first: true,
  name: { kind: 'fixed', word: 'active_item_list' },
  tag: 'div',
  keep: [],
  children: [
    {
      selector: '.sc-list-item[data-asin]',
      name: { kind: 'slug', from: [{ of: '.sc-product-title' }] },
      tag: 'div',
      keep: [],
      semanticClass: 'cart-item',
      splitMarker: true,
      meta: {
        asin: { attribute: 'data-asin' },
        title: { of: '.sc-product-title' },
        quantity: { attribute: 'data-quantity', parse: 'integer' },
      },
      children: [
        {
          selector: '.sc-item-check-checkbox-selector input[type="checkbox"]',
          first: true,
          name: { kind: 'fixed', word: 'checkbox' },
          kind: 'toggle',
          keep: ['type', 'aria-label'],
        },
        control('a.sc-product-link:has(.sc-product-title)', 'product_detail'),
        {
          selector: '.sc-product-price',
          first: true,
          name: { kind: 'fixed', word: 'product_price' },
          semanticClass: 'product-price',
          keep: [],
        },
        control('[data-a-selector="decrement"]', 'decrease_quantity_by_one'),
        {
          selector: '[data-a-selector="value"]',
          first: true,
          name: { kind: 'fixed', word: 'quantity' },
          keep: [],
        },
        control('[data-a-selector="increment"]', 'increase_quantity_by_one'),
        control('[data-feature-id="delete"] input, input[value="Delete"]', 'delete'),
        control('[data-feature-id="save-for-later"] input', 'save_for_later'),
      ],
    },
  ],
}

export const amazonCart = defineRecipe({
  id: 'amazon-cart',
  description: 'cart page and add-to-cart confirmation: cart lines, subtotal, checkout, go to cart',
  match: {
    paths: ['/gp/cart/view.html'],
    pathPrefixes: ['/cart'],
    selectors: ['#sc-active-cart', '#sw-gtc'],
  },
  nodes: [
    navBar,
    cartSideBar,
    {
      selector: '#sw-atc-confirmation, #NATC_SMART_WAGON_CONF_MSG_SUCCESS',
      first: true,
      name: { kind: 'fixed', word: 'added_to_cart' },
      tag: 'div',
      keep: [],
    },
    control('#sw-gtc a, #sw-gtc input', 'go_to_cart'),
    activeItems,
    {
      selector: '#sc-subtotal-amount-activecart',
      first: true,
      name: { kind: 'fixed', word: 'subtotal' },
      semanticClass: 'product-price',
      keep: [],
    },
    control('input[name="proceedToRetailCheckout"]', 'check_out'),
  ],
  pageMeta: [
    searchTermMeta,
    ...(['cart_items', 'active_items'] as const).map((key) => ({
      key,
      selector: CART_ITEM,
      fields: {
        title: { of: '.sc-product-title' },
        asin: { attribute: 'data-asin' },
        price: { of: '.sc-product-price', parse: 'price' as const },
        url: { of: 'a.sc-product-link', attribute: 'href', parse: 'url' as const },
        quantity: { attribute: 'data-quantity', parse: 'integer' as const },
      },
    })),
  ],
})

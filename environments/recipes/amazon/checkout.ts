import { defineRecipe } from '../../simplify/recipe-schema.js'
import { navBar } from './nav-bar.js'

/**
 * Checkout (`/checkout`, amazon's `/gp/buy/spc`): the items under review and "Place your order".
 * OPeRA's sessions end at the purchase click before this page, so its recipes have no names here;
 * ours follow the same scheme so a live agent can finish an order (`place_order` is a purchase click).
 */
export const amazonCheckout = defineRecipe({
  id: 'amazon-checkout',
  description: 'checkout: items under review and place your order',
  match: {
    pathPrefixes: ['/checkout', '/gp/buy/spc'],
    selectors: ['#placeYourOrder', 'input[name="placeYourOrder1"]'],
  },
  nodes: [
    navBar,
    {
      selector: '.checkout-items, #spc-orders',
      first: true,
      name: { kind: 'fixed', word: 'checkout_items' },
      tag: 'ul',
      keep: [],
      children: [
        {
          selector: '.checkout-item',
          name: { kind: 'slug', from: [{ of: '.checkout-item-title' }] },
          tag: 'li',
          keep: [],
          splitMarker: true,
          children: [
            {
              selector: '.checkout-item-title',
              first: true,
              name: { kind: 'fixed', word: 'product_detail' },
              kind: 'clickable',
              keep: ['href'],
            },
          ],
        },
      ],
    },
    {
      selector: '#placeYourOrder, input[name="placeYourOrder1"]',
      first: true,
      name: { kind: 'fixed', word: 'place_order' },
      kind: 'clickable',
      keep: ['type', 'value'],
    },
  ],
})

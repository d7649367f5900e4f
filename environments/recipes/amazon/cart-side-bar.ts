import type { RecipeNode } from '../../simplify/recipe-schema.js'

/** The sheet that slides in after "Add to cart" (or the everywhere-cart flyout), on any page. */
export const cartSideBar: RecipeNode = {
  selector: '#attach-desktop-sideSheet, #nav-flyout-ewc',
  first: true,
  name: { kind: 'fixed', word: 'cart_side_bar' },
  omitWhenEmpty: true,
  tag: 'div',
  keep: ['role', 'aria-label'],
  children: [
    {
      selector: '#attach-sidesheet-view-cart-button, .ewc-go-to-cart',
      first: true,
      name: { kind: 'fixed', word: 'go_to_cart' },
      kind: 'clickable',
      keep: ['type', 'value', 'href', 'aria-label'],
    },
    {
      selector: '#attach-sidesheet-checkout-button',
      first: true,
      name: { kind: 'fixed', word: 'check_out' },
      kind: 'clickable',
      keep: ['type', 'value', 'href', 'aria-label'],
    },
    {
      selector: '.ewc-item-list',
      first: true,
      name: { kind: 'fixed', word: 'product_list' },
      tag: 'div',
      keep: [],
      children: [
        {
          selector: '.ewc-item[data-asin]',
          name: { kind: 'slug', from: [{ of: '.ewc-item-title' }] },
          tag: 'div',
          keep: [],
          splitMarker: true,
          children: [
            {
              selector: '.ewc-item-title',
              first: true,
              name: { kind: 'fixed', word: 'product_name' },
              kind: 'clickable',
              keep: ['href'],
            },
          ],
        },
      ],
    },
  ],
}

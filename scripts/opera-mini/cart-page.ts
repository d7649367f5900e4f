import { el, fromText, type Node, named, page, splitList, text } from './html.js'
import { type NavBarState, navBar, searchTermMeta } from './nav-bar.js'
import type { PageView } from './page-view.js'
import { type Product, productHref } from './products.js'

export interface CartLine {
  product: Product
  /** Variation rows (`{ Color: 'Black' }`), as the cart lists them under the title. */
  options: readonly Record<string, string>[]
  quantity: number
  selected: boolean
}

function cartLine({ product, options, quantity, selected }: CartLine): Node {
  return fromText(
    'div',
    product.title,
    {},
    named('input', 'checkbox', { attrs: { type: 'checkbox', checked: String(selected) } }),
    text('div', 'Product Image', { name: 'product_image' }),
    text('a', product.title, { name: 'product_detail' }),
    text('li', 'In Stock'),
    text('span', product.price),
    ...options.flatMap((option) =>
      Object.entries(option).map(([key, value]) => text('li', `${key}: ${value}`)),
    ),
    el(
      'span',
      {},
      text('button', 'Decrease quantity by one', {
        name: 'decrease_quantity_by_one',
        attrs: { 'aria-label': 'Decrease quantity by one' },
      }),
      text('div', `Current Quantity: ${quantity}`, { attrs: { role: 'spinbutton' } }),
      text('button', 'Increase quantity by one', {
        name: 'increase_quantity_by_one',
        attrs: { 'aria-label': 'Increase quantity by one' },
      }),
    ),
    named('input', 'delete', {
      attrs: { type: 'submit', value: 'Delete', 'aria-label': `Delete ${product.title}` },
    }),
    named('input', 'save_for_later', {
      attrs: { type: 'submit', value: 'Save for later', 'aria-label': `Save for later ${product.title}` },
    }),
  )
}

/** The page_meta record of a cart line (the cart recipe names these `active_items`). */
export function activeItem({ product, options, quantity, selected }: CartLine): Record<string, unknown> {
  return {
    title: product.title,
    asin: product.asin,
    price: product.price,
    url: productHref(product.asin),
    delivery: 'In Stock',
    quantity: String(quantity),
    selected,
    options,
  }
}

/** The shopping cart (`/cart`): the active item list and a top-level `check_out`. */
export function cartPage(nav: NavBarState, lines: readonly CartLine[]): PageView {
  return {
    url: 'https://www.amazon.com/cart?URL_MASKED',
    html: page(
      navBar(nav),
      named('div', 'active_item_list', {}, text('h2', 'Shopping Cart'), ...splitList(lines.map(cartLine))),
      named('input', 'check_out', { attrs: { type: 'submit', value: 'Proceed to checkout' } }),
    ),
    pageMeta: { ...searchTermMeta(nav.searchTerm), active_items: lines.map(activeItem) },
  }
}

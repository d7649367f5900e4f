import { carousel, promotionItems } from './carousel.js'
import { fromText, named, page, text } from './html.js'
import { type NavBarState, navBar, searchTermMeta } from './nav-bar.js'
import type { PageView } from './page-view.js'
import { cents, dollars, type Product } from './products.js'

/**
 * The "Added to cart" page (`/cart/smart-wagon`). Its buttons sit under a `name=""` element (a
 * text-named section whose text is empty), which resets the path: `check_out` and `go_to_cart` are
 * top-level names, as in the real gold id `go_to_cart`.
 */
export function smartWagonPage(
  nav: NavBarState,
  cart: readonly Product[],
  recommended: readonly Product[],
): PageView {
  const subtotal = dollars(cart.reduce((sum, p) => sum + cents(p.price), 0))
  const heading = 'Customers who bought items in your cart also bought'
  return {
    url: 'https://www.amazon.com/cart/smart-wagon?URL_MASKED',
    html: page(
      navBar(nav),
      fromText(
        'div',
        '',
        {},
        text('div', 'Added to cart'),
        text('div', `Cart subtotal (${cart.length} items): ${subtotal}`),
        named('input', 'check_out', {
          attrs: { type: 'submit', value: `Proceed to checkout (${cart.length} items)` },
        }),
        text('a', 'Go to Cart', { name: 'go_to_cart' }),
      ),
      carousel(heading, recommended),
    ),
    pageMeta: { ...searchTermMeta(nav.searchTerm), promotion_items: promotionItems(recommended) },
  }
}

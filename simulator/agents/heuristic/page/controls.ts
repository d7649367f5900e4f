import type { PageView } from './read-page.js'

/** The shopping controls a page offers, by role; each is a name the shopper can act on, or undefined. */
export interface Controls {
  searchInput?: string
  addToCart?: string
  buyNow?: string
  /** "Proceed to checkout" on the cart or the add-to-cart page. */
  checkOut?: string
  /** The cart side sheet's checkout button. */
  sideCheckOut?: string
  goToCart?: string
  cartButton?: string
  placeOrder?: string
  nextPage?: string
}

function firstActable(view: PageView, test: (name: string) => boolean): string | undefined {
  return view.elements.find((e) => test(e.name) && view.canAct(e.name))?.name
}

const last = (name: string) => name.slice(name.lastIndexOf('.') + 1)

export function controlsOf(view: PageView): Controls {
  const found: Controls = {}
  const set = <K extends keyof Controls>(key: K, name: string | undefined) => {
    if (name !== undefined) found[key] = name
  }
  set(
    'searchInput',
    firstActable(view, (n) => last(n) === 'search_input'),
  )
  // The buybox's own buttons, not an add-to-cart on a carousel card.
  set(
    'addToCart',
    firstActable(view, (n) => n.startsWith('buybox.') && last(n) === 'add_to_cart'),
  )
  set(
    'buyNow',
    firstActable(view, (n) => n.startsWith('buybox.') && last(n) === 'buy_now'),
  )
  set(
    'checkOut',
    firstActable(view, (n) => ['check_out', 'proceed_to_checkout', 'proceed_to_check_out'].includes(n)),
  )
  set(
    'sideCheckOut',
    firstActable(view, (n) => n.startsWith('cart_side_bar.') && last(n) === 'check_out'),
  )
  set(
    'goToCart',
    firstActable(view, (n) => n === 'go_to_cart' || n === 'cart_side_bar.go_to_cart'),
  )
  set(
    'cartButton',
    firstActable(view, (n) => n === 'nav_bar.cart_button'),
  )
  set(
    'placeOrder',
    firstActable(view, (n) => ['place_order', 'place_your_order'].includes(last(n))),
  )
  set(
    'nextPage',
    firstActable(view, (n) => n === 'pagination.next'),
  )
  return found
}

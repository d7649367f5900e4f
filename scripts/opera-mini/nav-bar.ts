import { el, type Node, named, text } from './html.js'

export interface NavBarState {
  /** The search box's current value (OPeRA records it as page_meta `search_term`). */
  searchTerm: string
  cartCount: number
}

/** Amazon's top bar as the `nav` recipe keeps it: home, search form, account, orders, cart. */
export function navBar({ searchTerm, cartCount }: NavBarState): Node {
  return named(
    'div',
    'nav_bar',
    { attrs: { role: 'navigation', 'aria-label': 'Primary' } },
    text('div', 'Homepage', { name: 'homepage' }),
    el(
      'form',
      { attrs: { role: 'search' } },
      named('input', 'search_input', {
        attrs: { value: searchTerm, type: 'text', role: 'searchbox', 'aria-label': 'Search Amazon' },
      }),
      named('input', 'search_button', { attrs: { type: 'submit', value: 'Go', 'aria-label': 'Go' } }),
    ),
    text('a', 'Account & Lists', { name: 'account_and_list_button' }),
    text('a', 'Returns & Orders', { name: 'order_button' }),
    text('a', 'Cart', {
      name: 'cart_button',
      attrs: { 'aria-label': `${cartCount} ${cartCount === 1 ? 'item' : 'items'} in cart` },
    }),
  )
}

/** The page_meta entry the search box contributes to every page. */
export function searchTermMeta(searchTerm: string): { search_term: { term: string }[] } {
  return { search_term: [{ term: searchTerm }] }
}

import { carousel, promotionItems } from './carousel.js'
import { page } from './html.js'
import { type NavBarState, navBar, searchTermMeta } from './nav-bar.js'
import type { PageView } from './page-view.js'
import type { Product } from './products.js'

export interface Shelf {
  heading: string
  products: readonly Product[]
}

/** The home page (`/`): the nav bar and product carousels. */
export function homePage(nav: NavBarState, shelves: readonly Shelf[]): PageView {
  return {
    url: 'https://www.amazon.com/?URL_MASKED',
    html: page(navBar(nav), ...shelves.map((shelf) => carousel(shelf.heading, shelf.products))),
    pageMeta: {
      ...searchTermMeta(nav.searchTerm),
      promotion_items: promotionItems(shelves.flatMap((shelf) => shelf.products)),
    },
  }
}

import { defineRecipe } from '../../simplify/recipe-schema.js'
import { productCarousels } from './carousels.js'
import { cartSideBar } from './cart-side-bar.js'
import { navBar } from './nav-bar.js'
import { searchTermMeta } from './search-term.js'

/** Any other amazon-like page (best sellers, deals, ...): what every page shares. */
export const amazonAnyPage = defineRecipe({
  id: 'amazon-any-page',
  description: 'fallback for other pages: nav bar, cart side bar, product carousels',
  match: { fallback: true },
  nodes: [navBar, cartSideBar, productCarousels],
  pageMeta: [searchTermMeta],
})

import type { Recipe } from '../simplify/recipe-schema.js'
import { amazonAnyPage } from './amazon/any-page.js'
import { amazonCart } from './amazon/cart.js'
import { amazonCheckout } from './amazon/checkout.js'
import { amazonHome } from './amazon/home.js'
import { amazonProduct } from './amazon/product.js'
import { amazonSearch } from './amazon/search.js'

/**
 * The amazon.com recipes, in the order they are tried: the first whose URL path or landmark selector
 * matches wins (product pages are recognised by `#productTitle` whatever their URL), the fallback last.
 * The embedded store mirrors amazon's landmarks (LANDMARKS.md), so the same list serves it.
 */
export const AMAZON_RECIPES: readonly Recipe[] = [
  amazonProduct,
  amazonCart,
  amazonCheckout,
  amazonSearch,
  amazonHome,
  amazonAnyPage,
]

export { amazonAnyPage, amazonCart, amazonCheckout, amazonHome, amazonProduct, amazonSearch }

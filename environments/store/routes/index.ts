import type { Route } from '../http/route.js'
import { eventsRoute, whoAmIRoute } from './api.js'
import { imageRoute, scriptRoute, stylesheetRoute } from './assets.js'
import { cartRoute, classicCartRoute, smartWagonRoute } from './cart.js'
import { addToCartRoute, proceedToCheckoutRoute, updateCartRoute } from './cart-actions.js'
import { checkoutRoute, orderRoute, ordersRoute, placeOrderRoute } from './checkout.js'
import { homeRoute } from './home.js'
import { productRoute } from './product.js'
import { reviewsRoute } from './reviews.js'
import { searchRoute } from './search.js'
import { suggestRoute } from './suggest.js'

/** Every page, form target, asset and API path of the store. */
export const ROUTES: readonly Route[] = [
  homeRoute,
  searchRoute,
  suggestRoute,
  productRoute,
  reviewsRoute,
  cartRoute,
  classicCartRoute,
  smartWagonRoute,
  addToCartRoute,
  updateCartRoute,
  proceedToCheckoutRoute,
  checkoutRoute,
  placeOrderRoute,
  orderRoute,
  ordersRoute,
  imageRoute,
  stylesheetRoute,
  scriptRoute,
  eventsRoute,
  whoAmIRoute,
]

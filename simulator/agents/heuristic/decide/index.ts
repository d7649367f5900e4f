import type { PageKind } from '../page/page-kind.js'
import { decideOnCart, decideOnCheckout, decideOnConfirmation } from './cart.js'
import type { Decider } from './decision.js'
import { decideElsewhere, decideOnHome, decideOnOrder } from './elsewhere.js'
import { decideOnProduct } from './product.js'
import { decideOnSearch } from './search.js'

export const DECIDERS = {
  home: decideOnHome,
  search: decideOnSearch,
  product: decideOnProduct,
  cart: decideOnCart,
  confirmation: decideOnConfirmation,
  checkout: decideOnCheckout,
  order: decideOnOrder,
  other: decideElsewhere,
} satisfies Record<PageKind, Decider>

export type { Decision, Reason, Situation } from './decision.js'

import { z } from 'zod'
import { OPTION_DIMENSIONS, type OptionSelection } from '../catalog/product.js'
import { enumParam, intParam, lineIdParam, optional, textParam } from '../http/params.js'
import { errorReply, type Reply, redirect } from '../http/reply.js'
import { defineRoute } from '../http/route.js'
import { BUYBOX_MAX_QUANTITY } from '../pages/buybox.js'
import { productUrl } from '../pages/urls.js'
import { addToCart, CART_OPS, type CartOp, type CartOutcome, changeLine } from '../session/cart.js'
import { startCheckout } from '../session/checkout.js'

function refusedOr<T>(outcome: CartOutcome<T>, onDone: (value: T) => Reply): Reply {
  return outcome.kind === 'refused' ? errorReply(outcome.status, outcome.message) : onDone(outcome.value)
}

const AddToCartSchema = z.object({
  ASIN: textParam('ASIN', 20),
  quantity: optional(intParam('quantity', 1, BUYBOX_MAX_QUANTITY)),
  ...Object.fromEntries(OPTION_DIMENSIONS.map((d) => [d, optional(textParam(d, 100))])),
  'submit.buy-now': optional(textParam('submit.buy-now', 40)),
  via: optional(enumParam('via', ['search_results'])),
})
type AddToCartBody = OptionSelection & {
  ASIN: string
  quantity?: number | undefined
  'submit.buy-now'?: string | undefined
  via?: 'search_results' | undefined
}

/**
 * The buybox (and search cards) post here. Add to Cart lands on the product page with the side sheet
 * open; from search it lands on the smart-wagon page; Buy Now goes straight to checkout for that item.
 */
export const addToCartRoute = defineRoute<Record<string, never>, AddToCartBody>({
  method: 'POST',
  path: '/cart/add-to-cart',
  body: AddToCartSchema as unknown as z.ZodType<AddToCartBody>,
  handle({ body }, context) {
    const chosen: OptionSelection = {}
    for (const dimension of OPTION_DIMENSIONS) {
      const value = body[dimension]
      if (value !== undefined) chosen[dimension] = value
    }
    const buyNow = body['submit.buy-now'] !== undefined
    const via = buyNow ? 'buy_now' : (body.via ?? 'product_page')
    const session = context.openSession()
    const added = addToCart(context.cart, session, {
      asin: body.ASIN,
      chosen,
      quantity: body.quantity ?? 1,
      via,
    })
    return refusedOr(added, (line) => {
      if (buyNow)
        return refusedOr(startCheckout(context.cart, session, line.id), () =>
          redirect(`/checkout?line=${line.id}`),
        )
      if (via === 'search_results') return redirect(`/cart/smart-wagon?added=${line.id}`)
      return redirect(productUrl(line.asin, line.selection, { added: line.id }))
    })
  },
})

type UpdateBody = { line: string; op: CartOp; selected?: '1' | undefined }

/** Every button of a cart line posts here with the line and the button (`op`). */
export const updateCartRoute = defineRoute<Record<string, never>, UpdateBody>({
  method: 'POST',
  path: '/cart/update',
  body: z.object({
    line: lineIdParam,
    op: enumParam('cart action', CART_OPS),
    selected: optional(enumParam('selected', ['1'])),
  }),
  handle({ body }, context) {
    const changed = changeLine(context.cart, context.openSession(), {
      line: body.line,
      op: body.op,
      selected: body.selected === '1',
    })
    return refusedOr(changed, () => redirect('/cart'))
  },
})

export const proceedToCheckoutRoute = defineRoute({
  method: 'POST',
  path: '/cart/proceed-to-checkout',
  handle(_input, context) {
    const started = startCheckout(context.cart, context.openSession())
    return refusedOr(started, () => redirect('/checkout'))
  },
})

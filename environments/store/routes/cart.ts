import { z } from 'zod'
import { priceOf } from '../catalog/pricing.js'
import { lineIdParam } from '../http/params.js'
import { errorReply, htmlReply } from '../http/reply.js'
import type { RequestContext } from '../http/request-context.js'
import { defineRoute } from '../http/route.js'
import { type CartEntry, cartPage } from '../pages/cart-page.js'
import { smartWagonPage } from '../pages/smart-wagon-page.js'
import { cartTotals, lineProduct } from '../session/cart.js'
import type { CartLine } from '../session/sessions.js'

function entry(context: RequestContext, line: CartLine): CartEntry {
  const product = lineProduct(context.app.catalog, line)
  return { line, product, unitPriceCents: priceOf(product, line.selection) }
}

const viewCart = (_input: unknown, context: RequestContext) => {
  const session = context.session()
  return htmlReply(
    cartPage({
      active: (session?.active ?? []).map((line) => entry(context, line)),
      saved: (session?.saved ?? []).map((line) => entry(context, line)),
      totals: cartTotals(context.app.catalog, session),
      nav: context.nav(),
    }),
  )
}

export const cartRoute = defineRoute({ method: 'GET', path: '/cart', handle: viewCart })
/** amazon's classic cart address; the recipes know it too. */
export const classicCartRoute = defineRoute({ method: 'GET', path: '/gp/cart/view.html', handle: viewCart })

export const smartWagonRoute = defineRoute<{ added: string }>({
  method: 'GET',
  path: '/cart/smart-wagon',
  query: z.object({ added: lineIdParam }),
  handle({ query }, context) {
    const session = context.session()
    const line = session?.active.find((l) => l.id === query.added)
    if (!line) return errorReply(404, 'That item is no longer in your cart.')
    const { product, unitPriceCents } = entry(context, line)
    return htmlReply(
      smartWagonPage(
        { product, selection: line.selection, quantity: line.quantity, unitPriceCents },
        cartTotals(context.app.catalog, session),
        context.nav(),
      ),
    )
  },
})

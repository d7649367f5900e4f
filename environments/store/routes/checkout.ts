import { z } from 'zod'
import { lineIdParam, optional, textParam } from '../http/params.js'
import { errorReply, htmlReply, redirect } from '../http/reply.js'
import { defineRoute } from '../http/route.js'
import { checkoutPage, orderPage, ordersPage } from '../pages/checkout-page.js'
import { checkoutLines, orderTotals, placeOrder } from '../session/checkout.js'

export const checkoutRoute = defineRoute<{ line?: string | undefined }>({
  method: 'GET',
  path: '/checkout',
  query: z.object({ line: optional(lineIdParam) }),
  handle({ query }, context) {
    const lines = checkoutLines(context.session(), query.line)
    if (lines.kind === 'refused') return errorReply(lines.status, lines.message)
    const totals = orderTotals(context.app.catalog, lines.value)
    return htmlReply(checkoutPage(totals, query.line, context.nav(), context.now()))
  },
})

export const placeOrderRoute = defineRoute<Record<string, never>, { line?: string | undefined }>({
  method: 'POST',
  path: '/checkout/place-order',
  body: z.object({
    line: optional(lineIdParam),
    placeYourOrder1: optional(textParam('placeYourOrder1', 40)),
  }),
  handle({ body }, context) {
    const { app } = context
    const placed = placeOrder(
      { ...context.cart, now: app.clock, nextOrderSequence: app.nextOrderSequence },
      context.openSession(),
      body.line,
    )
    return placed.kind === 'refused'
      ? errorReply(placed.status, placed.message)
      : redirect(`/order/${placed.value.id}`)
  },
})

export const orderRoute = defineRoute({
  method: 'GET',
  path: /^\/order\/(?<id>[^/]+)$/,
  handle({ params }, context) {
    const order = context.session()?.orders.find((o) => o.id === params.id)
    if (!order) return errorReply(404, `There is no order ${params.id} in this session.`)
    return htmlReply(orderPage(order, context.nav()))
  },
})

export const ordersRoute = defineRoute({
  method: 'GET',
  path: '/orders',
  handle: (_input, context) => htmlReply(ordersPage(context.session()?.orders ?? [], context.nav())),
})

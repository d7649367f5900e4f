import { mixSeed } from '../../../traces/seeded-random.js'
import type { Catalog } from '../catalog/catalog.js'
import { type CartContext, type CartOutcome, lineItem, lineProduct } from './cart.js'
import type { EventItem, Order } from './events.js'
import type { CartLine, Session } from './sessions.js'

/** Orders of at least this much ship free even without Prime. */
export const FREE_SHIPPING_CENTS = 3500
export const STANDARD_SHIPPING_CENTS = 599

/**
 * The lines a checkout covers: one line for "Buy Now" (`only`), otherwise every selected cart line.
 */
export function checkoutLines(session: Session | undefined, only?: string): CartOutcome<CartLine[]> {
  if (only !== undefined) {
    const line = session?.active.find((l) => l.id === only)
    return line
      ? { kind: 'done', value: [line] }
      : { kind: 'refused', status: 404, message: 'That item is no longer in your cart.' }
  }
  const lines = (session?.active ?? []).filter((l) => l.selected)
  return lines.length > 0
    ? { kind: 'done', value: lines }
    : {
        kind: 'refused',
        status: 409,
        message: 'Your cart has no selected items. Add an item, or tick the box next to one, then check out.',
      }
}

export interface OrderTotals {
  items: EventItem[]
  subtotalCents: number
  shippingCents: number
  taxCents: number
  totalCents: number
  deliveryDays: number
}

export function orderTotals(catalog: Catalog, lines: readonly CartLine[]): OrderTotals {
  const items = lines.map((line) => lineItem(catalog, line))
  const subtotalCents = items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0)
  const products = lines.map((line) => lineProduct(catalog, line))
  const freeShipping = products.every((p) => p.prime) || subtotalCents >= FREE_SHIPPING_CENTS
  const shippingCents = freeShipping ? 0 : STANDARD_SHIPPING_CENTS
  return {
    items,
    subtotalCents,
    shippingCents,
    taxCents: 0,
    totalCents: subtotalCents + shippingCents,
    deliveryDays: Math.max(1, ...products.map((p) => p.deliveryDays)),
  }
}

/** "Proceed to checkout": logs what the shopper is about to buy. */
export function startCheckout(
  context: CartContext,
  session: Session,
  only?: string,
): CartOutcome<OrderTotals> {
  const lines = checkoutLines(session, only)
  if (lines.kind === 'refused') return lines
  const totals = orderTotals(context.catalog, lines.value)
  context.log.append({
    type: 'checkout',
    sessionId: session.id,
    items: totals.items,
    subtotalCents: totals.subtotalCents,
  })
  return { kind: 'done', value: totals }
}

/** An amazon-like order number, "112-1234567-0000042": unique by its sequence number. */
export function orderId(sequence: number): string {
  const middle = String(mixSeed(sequence, 0x5eed) % 10_000_000).padStart(7, '0')
  return `112-${middle}-${String(sequence).padStart(7, '0')}`
}

/** "Place your order": the ordered lines leave the cart, the order is kept and logged. */
export function placeOrder(
  context: CartContext & { now: () => Date; nextOrderSequence: () => number },
  session: Session,
  only?: string,
): CartOutcome<Order> {
  const lines = checkoutLines(session, only)
  if (lines.kind === 'refused') return lines
  const totals = orderTotals(context.catalog, lines.value)
  const order: Order = {
    id: orderId(context.nextOrderSequence()),
    sessionId: session.id,
    placedAt: context.now().toISOString(),
    ...totals,
  }
  session.active = session.active.filter((line) => !lines.value.includes(line))
  session.orders.push(order)
  context.log.append({
    type: 'order_placed',
    sessionId: session.id,
    orderId: order.id,
    items: order.items,
    totalCents: order.totalCents,
  })
  return { kind: 'done', value: order }
}

import type { Catalog } from '../catalog/catalog.js'
import { isAvailable, priceOf } from '../catalog/pricing.js'
import type { OptionSelection, Product } from '../catalog/product.js'
import { resolveSelection } from '../catalog/resolve-selection.js'
import type { EventLog } from './event-log.js'
import type { EventItem } from './events.js'
import type { CartLine, Session } from './sessions.js'

/** The most of one item a cart line may hold (amazon limits quantities per item too). */
export const MAX_LINE_QUANTITY = 30

/** What a cart action did: done, or refused with the HTTP status and a message for the shopper. */
export type CartOutcome<T> =
  | { kind: 'done'; value: T }
  | { kind: 'refused'; status: 400 | 404 | 409; message: string }

export interface CartContext {
  catalog: Catalog
  log: EventLog
}

const refused = (status: 400 | 404 | 409, message: string) => ({ kind: 'refused', status, message }) as const

function sameSelection(a: OptionSelection, b: OptionSelection): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof OptionSelection>
  return [...keys].every((k) => a[k] === b[k])
}

export function lineProduct(catalog: Catalog, line: CartLine): Product {
  const product = catalog.product(line.asin)
  if (!product) throw new Error(`cart line ${line.id} holds unknown ASIN ${line.asin}`)
  return product
}

export function lineItem(catalog: Catalog, line: CartLine): EventItem {
  const product = lineProduct(catalog, line)
  return {
    line: line.id,
    asin: line.asin,
    title: product.title,
    options: { ...line.selection },
    quantity: line.quantity,
    unitPriceCents: priceOf(product, line.selection),
  }
}

export function addToCart(
  context: CartContext,
  session: Session,
  request: {
    asin: string
    chosen: OptionSelection
    quantity: number
    via: 'product_page' | 'search_results' | 'buy_now'
  },
): CartOutcome<CartLine> {
  const product = context.catalog.product(request.asin)
  if (!product) return refused(404, `There is no product with ASIN ${request.asin}.`)
  const resolved = resolveSelection(product, request.chosen)
  if (resolved.kind === 'invalid') return refused(400, resolved.message)
  if (!isAvailable(product, resolved.selection))
    return refused(409, 'This option is currently unavailable. Choose another option to add it to your cart.')
  let line = session.active.find(
    (l) => l.asin === product.asin && sameSelection(l.selection, resolved.selection),
  )
  const total = (line?.quantity ?? 0) + request.quantity
  if (total > MAX_LINE_QUANTITY)
    return refused(
      409,
      `You can have at most ${MAX_LINE_QUANTITY} of this item in your cart (you asked for ${total}).`,
    )
  if (line) line.quantity = total
  else {
    line = {
      id: `L${session.nextLine++}`,
      asin: product.asin,
      selection: resolved.selection,
      quantity: total,
      selected: true,
    }
    session.active.push(line)
  }
  context.log.append({
    type: 'add_to_cart',
    sessionId: session.id,
    line: line.id,
    asin: product.asin,
    options: { ...line.selection },
    unitPriceCents: priceOf(product, line.selection),
    quantity: request.quantity,
    lineQuantity: line.quantity,
    via: request.via,
  })
  return { kind: 'done', value: line }
}

/** The buttons of a cart line; their values are what the page's submit buttons send as `op`. */
export const CART_OPS = [
  'select',
  'decrement',
  'increment',
  'Delete',
  'Save for later',
  'Move to cart',
] as const
export type CartOp = (typeof CART_OPS)[number]

function find(session: Session, lineId: string): { line: CartLine; list: 'active' | 'saved' } | undefined {
  const active = session.active.find((l) => l.id === lineId)
  if (active) return { line: active, list: 'active' }
  const saved = session.saved.find((l) => l.id === lineId)
  return saved ? { line: saved, list: 'saved' } : undefined
}

function remove(session: Session, line: CartLine, list: 'active' | 'saved'): void {
  if (list === 'active') session.active = session.active.filter((l) => l !== line)
  else session.saved = session.saved.filter((l) => l !== line)
}

type LineHandler = (
  context: CartContext,
  session: Session,
  found: { line: CartLine; list: 'active' | 'saved' },
  selected: boolean,
) => CartOutcome<void>

const done: CartOutcome<void> = { kind: 'done', value: undefined }

function lineFields(context: CartContext, line: CartLine) {
  const { title: _title, quantity: _quantity, ...fields } = lineItem(context.catalog, line)
  return fields
}

function deleteLine(
  context: CartContext,
  session: Session,
  { line, list }: { line: CartLine; list: 'active' | 'saved' },
) {
  remove(session, line, list)
  context.log.append({
    type: 'remove_from_cart',
    sessionId: session.id,
    ...lineFields(context, line),
    quantity: line.quantity,
    list,
  })
  return done
}

/** What each cart button does to a line; every change is logged. */
const LINE_HANDLERS = {
  select: (context, session, { line, list }, selected) => {
    if (list !== 'active') return refused(400, 'Only items in the cart can be selected for checkout.')
    if (line.selected === selected) return done
    line.selected = selected
    context.log.append({ type: 'select_item', sessionId: session.id, ...lineFields(context, line), selected })
    return done
  },
  decrement: (context, session, found) => {
    if (found.list !== 'active')
      return refused(400, 'Saved items have no quantity to change; move them to the cart first.')
    // At one, amazon's minus button is a bin: it removes the line.
    if (found.line.quantity === 1) return deleteLine(context, session, found)
    found.line.quantity -= 1
    context.log.append({
      type: 'quantity_change',
      sessionId: session.id,
      ...lineFields(context, found.line),
      from: found.line.quantity + 1,
      to: found.line.quantity,
    })
    return done
  },
  increment: (context, session, { line, list }) => {
    if (list !== 'active')
      return refused(400, 'Saved items have no quantity to change; move them to the cart first.')
    if (line.quantity >= MAX_LINE_QUANTITY)
      return refused(409, `You can have at most ${MAX_LINE_QUANTITY} of this item in your cart.`)
    line.quantity += 1
    context.log.append({
      type: 'quantity_change',
      sessionId: session.id,
      ...lineFields(context, line),
      from: line.quantity - 1,
      to: line.quantity,
    })
    return done
  },
  Delete: (context, session, found) => deleteLine(context, session, found),
  'Save for later': (context, session, { line, list }) => {
    if (list !== 'active') return refused(400, 'This item is already saved for later.')
    remove(session, line, 'active')
    session.saved.push(line)
    context.log.append({
      type: 'save_for_later',
      sessionId: session.id,
      ...lineFields(context, line),
      quantity: line.quantity,
    })
    return done
  },
  'Move to cart': (context, session, { line, list }) => {
    if (list !== 'saved') return refused(400, 'This item is already in your cart.')
    remove(session, line, 'saved')
    session.active.push(line)
    context.log.append({
      type: 'move_to_cart',
      sessionId: session.id,
      ...lineFields(context, line),
      quantity: line.quantity,
    })
    return done
  },
} satisfies Record<CartOp, LineHandler>

export function changeLine(
  context: CartContext,
  session: Session,
  request: { line: string; op: CartOp; selected: boolean },
): CartOutcome<void> {
  const found = find(session, request.line)
  if (!found) return refused(404, 'That item is no longer in your cart.')
  return LINE_HANDLERS[request.op](context, session, found, request.selected)
}

export interface CartTotals {
  /** Items in the cart (quantities summed), as the nav bar counts them. */
  itemCount: number
  /** Items and subtotal of the selected lines: what checkout would order. */
  selectedCount: number
  subtotalCents: number
}

export function cartTotals(catalog: Catalog, session: Session | undefined): CartTotals {
  let itemCount = 0
  let selectedCount = 0
  let subtotalCents = 0
  for (const line of session?.active ?? []) {
    itemCount += line.quantity
    if (!line.selected) continue
    selectedCount += line.quantity
    subtotalCents += line.quantity * priceOf(lineProduct(catalog, line), line.selection)
  }
  return { itemCount, selectedCount, subtotalCents }
}

import { z } from 'zod'

/** The options of a cart line as sent over HTTP: `{ color: 'Black', size: 'Large' }`. */
export const OptionsSchema = z.record(z.string(), z.string())

export const EventItemSchema = z.object({
  line: z.string(),
  asin: z.string(),
  title: z.string(),
  options: OptionsSchema,
  quantity: z.number().int().positive(),
  unitPriceCents: z.number().int().nonnegative(),
})
export type EventItem = z.infer<typeof EventItemSchema>

const base = {
  /** 1, 2, 3... across the whole store, in the order things happened. */
  seq: z.number().int().positive(),
  /** ISO time from the store's clock. */
  time: z.string(),
  sessionId: z.string(),
}
const lineFields = {
  line: z.string(),
  asin: z.string(),
  options: OptionsSchema,
  unitPriceCents: z.number().int().nonnegative(),
}

/**
 * Everything a shopper does to a cart or an order, as the store logs it (and serves it at
 * `/__shopsim/events`). Rewards and runners parse it with this schema.
 */
export const StoreEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    ...lineFields,
    type: z.literal('add_to_cart'),
    /** How many were added by this event. */
    quantity: z.number().int().positive(),
    /** The line's quantity afterwards (adding the same item twice merges into one line). */
    lineQuantity: z.number().int().positive(),
    via: z.enum(['product_page', 'search_results', 'buy_now']),
  }),
  z.object({
    ...base,
    ...lineFields,
    type: z.literal('quantity_change'),
    from: z.number().int().positive(),
    to: z.number().int().positive(),
  }),
  z.object({
    ...base,
    ...lineFields,
    type: z.literal('remove_from_cart'),
    quantity: z.number().int().positive(),
    list: z.enum(['active', 'saved']),
  }),
  z.object({
    ...base,
    ...lineFields,
    type: z.literal('save_for_later'),
    quantity: z.number().int().positive(),
  }),
  z.object({
    ...base,
    ...lineFields,
    type: z.literal('move_to_cart'),
    quantity: z.number().int().positive(),
  }),
  z.object({ ...base, ...lineFields, type: z.literal('select_item'), selected: z.boolean() }),
  z.object({
    ...base,
    type: z.literal('checkout'),
    items: z.array(EventItemSchema),
    subtotalCents: z.number().int().nonnegative(),
  }),
  z.object({
    ...base,
    type: z.literal('order_placed'),
    orderId: z.string(),
    items: z.array(EventItemSchema),
    totalCents: z.number().int().nonnegative(),
  }),
])
export type StoreEvent = z.infer<typeof StoreEventSchema>
export type StoreEventType = StoreEvent['type']

/** An event before the log stamps it with its sequence number and time. */
export type NewStoreEvent = StoreEvent extends infer E
  ? E extends StoreEvent
    ? Omit<E, 'seq' | 'time'>
    : never
  : never

export const OrderSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  placedAt: z.string(),
  items: z.array(EventItemSchema),
  subtotalCents: z.number().int().nonnegative(),
  shippingCents: z.number().int().nonnegative(),
  taxCents: z.number().int().nonnegative(),
  totalCents: z.number().int().nonnegative(),
  /** Days until the slowest item arrives. */
  deliveryDays: z.number().int().positive(),
})
export type Order = z.infer<typeof OrderSchema>

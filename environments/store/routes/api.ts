import { z } from 'zod'
import { enumParam, intParam, optional, textParam } from '../http/params.js'
import { defineRoute } from '../http/route.js'
import type { StoreEventType } from '../session/events.js'

const EVENT_TYPES = [
  'add_to_cart',
  'quantity_change',
  'remove_from_cart',
  'save_for_later',
  'move_to_cart',
  'select_item',
  'checkout',
  'order_placed',
] as const satisfies readonly StoreEventType[]

/**
 * `GET /__shopsim/events?session=<id>[&type=][&after=<seq>]`: the cart events and orders of a session
 * (or of every session), for the runner and task rewards. JSON; parse it with StoreEventSchema / OrderSchema.
 */
export const eventsRoute = defineRoute<{
  session?: string | undefined
  type?: StoreEventType | undefined
  after?: number | undefined
}>({
  method: 'GET',
  path: '/__shopsim/events',
  errors: 'json',
  query: z.object({
    session: optional(
      textParam('session', 64).regex(/^[0-9a-f]{32}$/, '"session" must be a session id (32 hex digits).'),
    ),
    type: optional(enumParam('event type', EVENT_TYPES)),
    after: optional(intParam('after', 0, Number.MAX_SAFE_INTEGER)),
  }),
  handle({ query }, context) {
    const { events, sessions } = context.app
    const filter = {
      ...(query.session === undefined ? {} : { sessionId: query.session }),
      ...(query.type === undefined ? {} : { type: query.type }),
      ...(query.after === undefined ? {} : { afterSeq: query.after }),
    }
    const orders =
      query.session === undefined ? sessions.allOrders() : (sessions.find(query.session)?.orders ?? [])
    return {
      kind: 'json',
      status: 200,
      body: { session: query.session ?? null, events: events.list(filter), orders },
    }
  },
})

/** `GET /__shopsim/session`: the caller's session id (the cookie is set if it had none). */
export const whoAmIRoute = defineRoute({
  method: 'GET',
  path: '/__shopsim/session',
  errors: 'json',
  handle: (_input, context) => ({ kind: 'json', status: 200, body: { sessionId: context.sessionId } }),
})

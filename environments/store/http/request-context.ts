import type { NavContext } from '../pages/nav-bar.js'
import { type CartContext, cartTotals } from '../session/cart.js'
import type { Session } from '../session/sessions.js'
import type { StoreApp } from '../store-app.js'

/** What a route knows about the request beyond its validated input: the store and the shopper's session. */
export interface RequestContext {
  app: StoreApp
  /** Always set: a request without a valid session cookie gets a new id (and the cookie). */
  sessionId: string
  /** The session, if it holds anything yet. */
  session(): Session | undefined
  /** The session, created on first use (cart actions create it). */
  openSession(): Session
  /** What cart operations need: the catalog and the event log. */
  cart: CartContext
  nav(view?: { keywords?: string; department?: string | undefined }): NavContext
  now(): Date
}

export function requestContext(app: StoreApp, sessionId: string): RequestContext {
  return {
    app,
    sessionId,
    session: () => app.sessions.find(sessionId),
    openSession: () => app.sessions.open(sessionId),
    cart: { catalog: app.catalog, log: app.events },
    nav: (view = {}) => ({
      keywords: view.keywords ?? '',
      department: view.department,
      cartCount: cartTotals(app.catalog, app.sessions.find(sessionId)).itemCount,
      departments: app.catalog.departments,
    }),
    now: () => app.clock(),
  }
}

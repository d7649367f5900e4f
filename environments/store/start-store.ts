import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import { ShopsimError } from '../../traces/errors.js'
import { buildCatalog, DEFAULT_CATALOG_SIZE } from './catalog/build-catalog.js'
import type { Catalog } from './catalog/catalog.js'
import { createRequestHandler } from './http/router.js'
import { ProductImages } from './images/product-images.js'
import { homeShelves } from './pages/home-page.js'
import { ROUTES } from './routes/index.js'
import { CatalogSearch } from './search/catalog-search.js'
import { type EventFilter, EventLog } from './session/event-log.js'
import type { Order, StoreEvent } from './session/events.js'
import { SessionCookies } from './session/session-cookie.js'
import type { CartLine } from './session/sessions.js'
import { Sessions } from './session/sessions.js'
import type { StoreApp } from './store-app.js'

export const DEFAULT_STORE_SEED = 1

const StoreOptionsSchema = z.object({
  port: z.number().int().min(0).max(65_535).default(0),
  host: z.string().min(1).default('127.0.0.1'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(DEFAULT_STORE_SEED),
  catalogSize: z.number().int().min(1).max(50_000).default(DEFAULT_CATALOG_SIZE),
})

export interface StoreOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Loopback by default: the store is for local agents and tests. */
  host?: string
  /** The same seed always gives the same catalog and pages. */
  seed?: number
  catalogSize?: number
  /** Time for delivery dates, event and order times; the system clock by default. */
  clock?: () => Date
  /** Told about exceptions no route expected (the request got a 500 page); ignored by default. */
  onInternalError?: (error: unknown) => void
}

export interface StoreEvents {
  list(filter?: EventFilter): StoreEvent[]
}

export interface Store {
  /** `http://<host>:<port>`, no trailing slash. */
  url: string
  port: number
  catalog: Catalog
  events: StoreEvents
  /** The orders a session placed, oldest first. */
  orders(sessionId: string): Order[]
  /** What a session has in its cart now (active lines, then saved-for-later ones). */
  cart(sessionId: string): { active: CartLine[]; saved: CartLine[] }
  /**
   * The session a `shopsim-session` cookie value names, or undefined when the store did not issue it. Lets a
   * driver find its browser's session from the cookie jar, without a request through the page.
   */
  sessionOfCookie(value: string): string | undefined
  close(): Promise<void>
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

/**
 * Starts the embedded amazon-like store: builds the catalog (once, in memory), then serves its pages
 * on node:http. Throws E_STORE_START for invalid options or a port that cannot be used.
 */
export async function startStore(options: StoreOptions = {}): Promise<Store> {
  const parsed = StoreOptionsSchema.safeParse({
    port: options.port,
    host: options.host,
    seed: options.seed,
    catalogSize: options.catalogSize,
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ShopsimError(
      'E_STORE_START',
      `Invalid store option ${issue?.path.join('.')}: ${issue?.message}`,
      'port is 0-65535 (0 = any free port), seed a non-negative integer, catalogSize 1-50000.',
    )
  }
  const { port, host, seed, catalogSize } = parsed.data
  const clock = options.clock ?? (() => new Date())
  const catalog = buildCatalog({ seed, size: catalogSize })
  const events = new EventLog(clock)
  const sessions = new Sessions()
  let orderSequence = 0
  const app: StoreApp = {
    catalog,
    search: new CatalogSearch(catalog),
    home: homeShelves(catalog),
    images: new ProductImages(catalog),
    sessions,
    cookies: new SessionCookies(),
    events,
    clock,
    nextOrderSequence: () => ++orderSequence,
    onInternalError: options.onInternalError ?? (() => {}),
  }
  const server = createServer({ keepAliveTimeout: 5_000 }, createRequestHandler(app, ROUTES))
  let address: AddressInfo
  try {
    address = await listen(server, port, host)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ShopsimError(
      'E_STORE_START',
      `The store could not listen on ${host}:${port}${code ? ` (${code})` : ''}.`,
      code === 'EADDRINUSE'
        ? `Another program uses port ${port}; pick another with --port, or --port 0 for any free port.`
        : 'Check the host name and that the port is allowed for this user (ports below 1024 need root).',
      { cause: error },
    )
  }
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    catalog,
    events: { list: (filter) => events.list(filter) },
    orders: (sessionId) => [...(sessions.find(sessionId)?.orders ?? [])],
    cart: (sessionId) => {
      const session = sessions.find(sessionId)
      return { active: [...(session?.active ?? [])], saved: [...(session?.saved ?? [])] }
    },
    sessionOfCookie: (value) => app.cookies.verify(value),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

import type { Catalog } from './catalog/catalog.js'
import type { ProductImages } from './images/product-images.js'
import type { HomeShelves } from './pages/home-page.js'
import type { CatalogSearch } from './search/catalog-search.js'
import type { EventLog } from './session/event-log.js'
import type { SessionCookies } from './session/session-cookie.js'
import type { Sessions } from './session/sessions.js'

/** Everything the routes share for the life of one store. */
export interface StoreApp {
  catalog: Catalog
  search: CatalogSearch
  home: HomeShelves
  images: ProductImages
  sessions: Sessions
  cookies: SessionCookies
  events: EventLog
  clock: () => Date
  /** 1, 2, 3...: order numbers are made from it. */
  nextOrderSequence: () => number
  /** Told about any exception a route did not expect (the request gets a 500 page). */
  onInternalError: (error: unknown) => void
}

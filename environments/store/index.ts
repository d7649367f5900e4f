export { buildCatalog, DEFAULT_CATALOG_SIZE } from './catalog/build-catalog.js'
export type { Catalog, Department } from './catalog/catalog.js'
export type {
  OptionDimension,
  OptionSelection,
  OptionValue,
  Product,
  ProductOption,
  Review,
} from './catalog/product.js'
export type { EventFilter } from './session/event-log.js'
export {
  type EventItem,
  EventItemSchema,
  type Order,
  OrderSchema,
  type StoreEvent,
  StoreEventSchema,
  type StoreEventType,
} from './session/events.js'
export { SESSION_COOKIE } from './session/session-cookie.js'
export type { CartLine } from './session/sessions.js'
export {
  DEFAULT_STORE_SEED,
  type Store,
  type StoreEvents,
  type StoreOptions,
  startStore,
} from './start-store.js'

import type { OptionSelection } from '../catalog/product.js'
import type { Order } from './events.js'

export interface CartLine {
  /** Stable within the session ("L1", "L2", ...); forms refer to lines by it. */
  id: string
  asin: string
  /** Complete: a value for every option dimension of the product. */
  selection: OptionSelection
  quantity: number
  /** The cart checkbox: only selected lines go to checkout. */
  selected: boolean
}

export interface Session {
  id: string
  active: CartLine[]
  saved: CartLine[]
  orders: Order[]
  nextLine: number
}

/**
 * Sessions that hold something. A signed id with no entry here is a session with an empty cart, so
 * browsing never allocates memory; the entry is created on the first cart action.
 */
export class Sessions {
  private readonly byId = new Map<string, Session>()

  find(id: string): Session | undefined {
    return this.byId.get(id)
  }

  open(id: string): Session {
    let session = this.byId.get(id)
    if (!session) {
      session = { id, active: [], saved: [], orders: [], nextLine: 1 }
      this.byId.set(id, session)
    }
    return session
  }

  /** Every order of every session, in the order they were placed. */
  allOrders(): Order[] {
    return [...this.byId.values()]
      .flatMap((s) => s.orders)
      .sort((a, b) => a.placedAt.localeCompare(b.placedAt))
  }

  get size(): number {
    return this.byId.size
  }
}

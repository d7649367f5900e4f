import type { NewStoreEvent, StoreEvent, StoreEventType } from './events.js'

export interface EventFilter {
  sessionId?: string
  type?: StoreEventType
  /** Only events with a larger sequence number (for polling). */
  afterSeq?: number
}

/** The store's append-only record of cart events and orders, kept in memory for the store's life. */
export class EventLog {
  private readonly events: StoreEvent[] = []

  constructor(private readonly clock: () => Date) {}

  append(event: NewStoreEvent): StoreEvent {
    const stamped = { ...event, seq: this.events.length + 1, time: this.clock().toISOString() } as StoreEvent
    this.events.push(stamped)
    return stamped
  }

  list(filter: EventFilter = {}): StoreEvent[] {
    return this.events.filter(
      (e) =>
        (filter.sessionId === undefined || e.sessionId === filter.sessionId) &&
        (filter.type === undefined || e.type === filter.type) &&
        (filter.afterSeq === undefined || e.seq > filter.afterSeq),
    )
  }

  get size(): number {
    return this.events.length
  }
}

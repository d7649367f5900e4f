export interface Semaphore {
  /**
   * Waits for a free slot; the returned function gives it back (calling it twice is harmless). Waiters are
   * served lowest `priority` first (default 0), and in arrival order within a priority.
   */
  acquire(signal?: AbortSignal, priority?: number): Promise<() => void>
  readonly inUse: number
}

interface Waiter {
  grant: () => void
  priority: number
}

/** At most `limit` holders at a time, served by priority, then first come first served. */
export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${limit}`)
  let inUse = 0
  const waiting: Waiter[] = []

  const releaser = () => {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = waiting.shift()
      if (next) next.grant()
      else inUse--
    }
  }

  return {
    get inUse() {
      return inUse
    },
    acquire(signal, priority = 0) {
      signal?.throwIfAborted()
      if (inUse < limit) {
        inUse++
        return Promise.resolve(releaser())
      }
      return new Promise((resolve, reject) => {
        // The slot is handed over directly, so inUse stays counted while it changes hands.
        const waiter: Waiter = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort)
            resolve(releaser())
          },
          priority,
        }
        const onAbort = () => {
          const index = waiting.indexOf(waiter)
          if (index >= 0) waiting.splice(index, 1)
          reject(signal?.reason)
        }
        // After every waiter of the same or a more urgent priority: arrival order within a priority.
        let at = waiting.length
        while (at > 0 && (waiting[at - 1] as Waiter).priority > priority) at--
        waiting.splice(at, 0, waiter)
        signal?.addEventListener('abort', onAbort, { once: true })
      })
    },
  }
}

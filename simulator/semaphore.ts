export interface Semaphore {
  /** Waits for a free slot; the returned function gives it back (calling it twice is harmless). */
  acquire(signal?: AbortSignal): Promise<() => void>
  readonly inUse: number
}

/** At most `limit` holders at a time, served first come first served. */
export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${limit}`)
  let inUse = 0
  const waiting: (() => void)[] = []

  const releaser = () => {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = waiting.shift()
      if (next) next()
      else inUse--
    }
  }

  return {
    get inUse() {
      return inUse
    },
    acquire(signal) {
      signal?.throwIfAborted()
      if (inUse < limit) {
        inUse++
        return Promise.resolve(releaser())
      }
      return new Promise((resolve, reject) => {
        // The slot is handed over directly, so inUse stays counted while it changes hands.
        const grant = () => {
          signal?.removeEventListener('abort', onAbort)
          resolve(releaser())
        }
        const onAbort = () => {
          const index = waiting.indexOf(grant)
          if (index >= 0) waiting.splice(index, 1)
          reject(signal?.reason)
        }
        waiting.push(grant)
        signal?.addEventListener('abort', onAbort, { once: true })
      })
    },
  }
}

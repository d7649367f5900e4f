import { setTimeout as delay } from 'node:timers/promises'

/** Time as the retry loop sees it; tests pass one that records waits instead of sleeping. */
export interface PolicyClock {
  /** Wall-clock milliseconds since the epoch (Retry-After dates are compared with it). */
  now(): number
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: PolicyClock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    await delay(ms, undefined, signal ? { signal } : {})
  },
}

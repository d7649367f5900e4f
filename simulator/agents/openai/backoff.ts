export interface BackoffOptions {
  /** The first retry waits up to this long (default 500 ms); each later one up to twice as long. */
  baseDelayMs?: number
  /** No computed wait is longer than this (default 30 s). */
  maxDelayMs?: number
  /** A server's Retry-After is honoured up to this (default 60 s), so a bad header cannot stall a run. */
  maxRetryAfterMs?: number
}

export const DEFAULT_BACKOFF = {
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
} as const satisfies Required<BackoffOptions>

/**
 * Exponential backoff with full jitter (a uniform draw below the exponential ceiling), which spreads
 * clients that failed together better than a fixed or equal-jitter delay. `retry` counts from 1.
 */
export function backoffDelayMs(
  retry: number,
  options: Required<BackoffOptions>,
  random: () => number,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1))
  return Math.floor(random() * ceiling)
}

/**
 * The wait a response asks for: `retry-after-ms` (OpenAI's), else `Retry-After` in seconds or as an HTTP date.
 * Undefined when there is none or it cannot be read; never negative; capped at `maxMs`.
 */
export function retryAfterMs(headers: Headers | undefined, nowMs: number, maxMs: number): number | undefined {
  if (!headers) return undefined
  const milliseconds = Number(headers.get('retry-after-ms') ?? Number.NaN)
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return Math.min(maxMs, milliseconds)
  const value = headers.get('retry-after')?.trim()
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Math.min(maxMs, Math.round(Number(value) * 1000))
  // HTTP dates name the weekday and month; Date.parse would also take "-3" or "1" as years.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(date)) return undefined
  return Math.min(maxMs, Math.max(0, date - nowMs))
}

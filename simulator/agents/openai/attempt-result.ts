import { APIConnectionError, APIError } from 'openai'
import type { ReadBody } from './completion-body.js'
import { isResponseFormatRefusal } from './response-mode.js'

/** How one HTTP attempt ended, from the retry loop's point of view. */
export type AttemptResult =
  | { kind: 'answered'; read: ReadBody; latencyMs: number }
  /** Worth another try: 429, 408, 409, 5xx, a timeout or a broken connection. */
  | { kind: 'retry'; reason: string; headers?: Headers }
  /** The server refused the response_format: try the next mode. */
  | { kind: 'fallback'; status: number; reason: string }
  /** The request itself is wrong (bad key, unknown model, bad parameter): retrying cannot help. */
  | { kind: 'refused'; status: number; reason: string }

const RETRYABLE_STATUSES = new Set([408, 409, 429])

export interface FailureFacts {
  /** Our per-request timer fired (rather than the caller aborting). */
  timedOut: boolean
  timeoutMs: number
}

/** Sorts an error thrown by the SDK or while reading the body; the caller has already ruled out its own abort. */
export function classifyFailure(
  error: unknown,
  facts: FailureFacts,
): Exclude<AttemptResult, { kind: 'answered' }> {
  if (facts.timedOut) return { kind: 'retry', reason: `no answer within ${facts.timeoutMs} ms` }
  if (error instanceof APIConnectionError)
    return { kind: 'retry', reason: `connection failed: ${error.message}` }
  if (error instanceof APIError && error.status !== undefined) {
    if (RETRYABLE_STATUSES.has(error.status) || error.status >= 500) {
      return { kind: 'retry', reason: error.message, ...(error.headers ? { headers: error.headers } : {}) }
    }
    if (isResponseFormatRefusal(error))
      return { kind: 'fallback', status: error.status, reason: error.message }
    return { kind: 'refused', status: error.status, reason: error.message }
  }
  // Errors while reading the body (undici's "terminated", a reset mid-answer) are transport failures too.
  if (error instanceof Error) return { kind: 'retry', reason: `connection failed: ${error.message}` }
  throw error
}

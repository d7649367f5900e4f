import { SeededRandom } from '../../../traces/seeded-random.js'

/** What can go wrong with one chat request, each the way real endpoints fail. */
export const FAULT_KINDS = [
  'rate_limit',
  'server_error',
  'unavailable',
  'hang',
  'malformed_json',
  'truncated',
  'reset',
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/** Fault kinds a client should retry; the others reach the caller as an answer with a format error. */
export const RETRYABLE_FAULT_KINDS = [
  'rate_limit',
  'server_error',
  'unavailable',
  'hang',
  'reset',
] as const satisfies readonly FaultKind[]

export interface FaultPlan {
  /** Faults for the first chat requests, in order; `null` answers that request normally. */
  script?: readonly (FaultKind | null)[]
  /** After the script: the chance that a request gets a fault, drawn from the server's seed. */
  rate?: number
  /** The kinds drawn at `rate`, uniformly (default all). */
  kinds?: readonly FaultKind[]
  /** Retry-After sent with 429: seconds, an HTTP date, or null for none (default 1 second). */
  retryAfter?: number | string | null
}

/** Picks the fault (or none) for the n-th chat request: the script first, then seeded draws at the rate. */
export function createFaultPicker(plan: FaultPlan | undefined, seed: number): () => FaultKind | null {
  const random = new SeededRandom(seed)
  const script = plan?.script ?? []
  const rate = plan?.rate ?? 0
  const kinds = plan?.kinds ?? FAULT_KINDS
  let next = 0
  return () => {
    const index = next++
    if (index < script.length) return script[index] ?? null
    if (rate <= 0 || kinds.length === 0) return null
    // Two draws per request whatever the outcome, so one request's result never shifts the next one's.
    const hit = random.next() < rate
    const kind = random.pick(kinds)
    return hit ? kind : null
  }
}

import type { Store } from '../../environments/store/index.js'
import { type Outcome, type Step, type StepError, sessionOutcome } from '../../traces/schema/index.js'

export interface OutcomeInput {
  /** Why the recording stopped, in session.json's words. */
  reason: string
  /** Set when recording itself failed (the disk, the browser). */
  failure?: StepError
  /** The embedded store and the person's session in it: an order there is a purchase. */
  store?: Store
  storeSession?: string
  steps: readonly Pick<Step, 'action' | 'clickType'>[]
}

/**
 * How a recorded session ended: error when recording failed; purchase when the store's order log has an
 * order of this person (elsewhere, OPeRA's rule: the last action is a purchase click); otherwise terminate.
 */
export function recordingOutcome(input: OutcomeInput): { outcome: Outcome; reason: string } {
  if (input.failure !== undefined)
    return { outcome: 'error', reason: `${input.failure.code}: ${input.failure.message}` }
  if (input.store !== undefined) {
    const orders = input.storeSession === undefined ? [] : input.store.orders(input.storeSession)
    return orders.length > 0
      ? {
          outcome: 'purchase',
          reason: `placed ${orders.length === 1 ? 'an order' : `${orders.length} orders`}; ${input.reason}`,
        }
      : { outcome: 'terminate', reason: input.reason }
  }
  return sessionOutcome(input.steps) === 'purchase'
    ? { outcome: 'purchase', reason: `the last action was a purchase click; ${input.reason}` }
    : { outcome: 'terminate', reason: input.reason }
}

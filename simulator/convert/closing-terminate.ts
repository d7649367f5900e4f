import { type Step, sessionOutcome } from '../../traces/schema/index.js'
import { hashText, SeededRandom } from '../../traces/seeded-random.js'

/** OPeRA's filtered version ends every session that does not end in a purchase click with a terminate row. */
export function needsClosingTerminate(steps: readonly Step[]): boolean {
  const last = steps.at(-1)
  if (last === undefined || last.action.type === 'terminate') return false
  return sessionOutcome(steps) !== 'purchase'
}

/**
 * The terminate row appended after a session's last step. It carries the last page the run observed: the
 * page after the last action was never observed (the run stopped), and OPeRA's terminate rows carry a page.
 * Its id is derived from the session id, so converting again gives the same row.
 */
export function closingTerminate(last: Step, timestamp: string): Step {
  return {
    sessionId: last.sessionId,
    actionId: new SeededRandom(hashText(`${last.sessionId}#terminate`)).uuid(),
    index: last.index + 1,
    timestamp,
    action: { type: 'terminate' },
    observation: last.observation,
    errors: [],
  }
}

import { classifyClick } from './click-type.js'
import type { Outcome } from './session.js'
import type { Step } from './step.js'

/** OPeRA's rule: purchase when the last action is a purchase click, otherwise terminate. */
export function sessionOutcome(steps: readonly Pick<Step, 'action' | 'clickType'>[]): Outcome {
  const last = steps[steps.length - 1]
  if (last?.action.type !== 'click') return 'terminate'
  const clickType = last.clickType ?? classifyClick(last.action.name)
  return clickType === 'purchase' ? 'purchase' : 'terminate'
}

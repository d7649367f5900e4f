import { exactMatch, type GoldAction, parseCompletion } from '../../rewards/index.js'
import type { CoreAction, Step } from '../../traces/schema/index.js'
import { goldOf } from '../predict/predict-step.js'

/** A prediction scored against the recorded action. */
export interface StepJudgement {
  gold: GoldAction
  /** The completion parsed leniently, as the metrics read it; undefined when it does not parse. */
  predicted: CoreAction | undefined
  exact: boolean
}

/**
 * A step is judged when a policy's prediction was scored against it (what `predict` records). Live runs
 * record the agent's own output as its prediction, which is the action itself, and carry no score: judging
 * them would only count the agent as always right.
 */
export function judgeStep(step: Step): StepJudgement | undefined {
  if (step.prediction === undefined || step.score === undefined) return undefined
  const gold = goldOf(step)
  if (gold === undefined) return undefined
  const parsed = parseCompletion(step.prediction.raw, 'lenient')
  const predicted = parsed.ok ? parsed.action : undefined
  return { gold, predicted, exact: exactMatch(predicted, gold) }
}

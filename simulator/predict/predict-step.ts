import { type GoldAction, scoreWith } from '../../rewards/index.js'
import type { Persona, Prediction, Step, StepInput } from '../../traces/schema/index.js'
import type { DecisionContext, PersonaMode, Policy, ShoppingIntent } from '../agents/policy.js'

/** The three action types a model predicts; other recorded steps (scroll, navigation) are history only. */
export function isPredictable(step: Step): boolean {
  return step.action.type === 'click' || step.action.type === 'input' || step.action.type === 'terminate'
}

export function goldOf(step: Step): GoldAction | undefined {
  const { action } = step
  if (action.type !== 'click' && action.type !== 'input' && action.type !== 'terminate') return undefined
  const gold: GoldAction = { ...action }
  if (step.clickType !== undefined) gold.click_type = step.clickType
  return gold
}

export interface StepPredictionInput {
  policy: Policy
  step: Step
  history: readonly Step[]
  persona: Persona | undefined
  personaMode: PersonaMode
  intent?: ShoppingIntent
  screenshot?: Uint8Array
  seed: number
  reward: string
  rewardOptions?: Record<string, unknown>
}

/**
 * Asks the policy for one step and scores its answer against the recorded action. The policy's own
 * failures (after its retries) propagate: the caller leaves the step unrecorded so a re-run predicts it.
 */
export async function predictStep(input: StepPredictionInput): Promise<Prediction> {
  const { step } = input
  const context: DecisionContext = {
    sessionId: step.sessionId,
    stepIndex: step.index,
    personaMode: input.personaMode,
    ...(input.persona !== undefined && { persona: input.persona }),
    ...(input.intent !== undefined && { intent: input.intent }),
    history: input.history,
    observation: step.observation,
    ...(input.screenshot !== undefined && { screenshot: input.screenshot }),
    gold: {
      action: step.action,
      ...(step.clickType !== undefined && { clickType: step.clickType }),
      ...(step.rationale !== undefined && { rationale: step.rationale }),
    },
    seed: input.seed,
  }
  return input.policy.decide(context)
}

/** The step as recorded in the prediction run: the gold step plus the prediction and its score. */
export function predictedStepRecord(
  step: Step,
  prediction: Prediction | undefined,
  reward: string,
  rewardOptions?: Record<string, unknown>,
): StepInput {
  const { html: _html, htmlFile: _htmlFile, screenshot: _screenshot, ...observation } = step.observation
  const gold = goldOf(step)
  const record: StepInput = { ...step, observation, errors: step.errors }
  if (prediction === undefined || gold === undefined) return record
  const score = scoreWith(
    reward,
    { completion: prediction.raw, gold, ...(prediction.logprobs && { logprobs: prediction.logprobs }) },
    rewardOptions,
  )
  return { ...record, prediction, score }
}

import { z } from 'zod'
import { ShopsimError } from '../../../traces/errors.js'
import { classifyClick } from '../../../traces/schema/click-type.js'
import type { Prediction } from '../../../traces/schema/prediction.js'
import { renderAssistantTarget } from '../../prompts/index.js'
import type { DecisionContext, Policy } from '../policy.js'
import { decideStep } from './decide-step.js'

/** A session longer than this ends with terminate; OPeRA's p90 is 22 steps. */
export const DEFAULT_MAX_STEPS = 30

const HeuristicOptionsSchema = z.object({
  seed: z.number().int().optional(),
  maxSteps: z.number().int().min(2).optional(),
})

export interface HeuristicPolicyOptions {
  /** Mixed with each context's seed: two policies with different seeds shop differently. */
  seed?: number
  /** The shopper terminates on the last of these steps if it has not finished before. */
  maxSteps?: number
}

/**
 * A persona-driven shopper with no model: it reads the OPeRA persona and the task intent, and decides search
 * terms, filters, products, reviews, options and purchase from the names on the current page.
 */
export function createHeuristicPolicy(options: HeuristicPolicyOptions = {}): Policy {
  const parsed = HeuristicOptionsSchema.safeParse(options)
  if (!parsed.success)
    throw new ShopsimError(
      'E_USAGE',
      `Invalid heuristic policy option ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
      'seed is an integer; maxSteps an integer of at least 2.',
    )
  const seed = parsed.data.seed ?? 0
  const maxSteps = parsed.data.maxSteps ?? DEFAULT_MAX_STEPS
  return {
    name: 'heuristic',
    dialect: 'input',
    async decide(context: DecisionContext): Promise<Prediction> {
      const started = performance.now()
      const { action, rationale } = decideStep(context, { seed, maxSteps })
      return {
        policy: 'heuristic',
        // The strict output format a model is asked for, so format checks treat it like any answer.
        raw: renderAssistantTarget({ rationale, action }, 'input'),
        action,
        ...(action.type === 'click' ? { clickType: classifyClick(action.name) } : {}),
        rationale,
        latencyMs: performance.now() - started,
      }
    },
  }
}

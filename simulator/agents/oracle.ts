import { classifyClick } from '../../traces/schema/click-type.js'
import type { Prediction } from '../../traces/schema/prediction.js'
import { renderAssistantTarget } from '../prompts/index.js'
import type { DecisionContext, Policy } from './policy.js'

/** The upper baseline: answers each step with its recorded (gold) action. */
export function createOraclePolicy(): Policy {
  return {
    name: 'oracle',
    dialect: 'input',
    async decide(context: DecisionContext): Promise<Prediction> {
      const gold = context.gold
      if (!gold) return { policy: 'oracle', raw: '', formatError: 'no gold action', latencyMs: 0 }
      const clickType =
        gold.clickType ?? (gold.action.type === 'click' ? classifyClick(gold.action.name) : undefined)
      return {
        policy: 'oracle',
        // The strict output format, so the oracle earns full marks: the human rationale when there is one.
        raw: renderAssistantTarget({ rationale: gold.rationale ?? '', action: gold.action }, 'input'),
        ...(gold.rationale !== undefined && { rationale: gold.rationale }),
        action: gold.action,
        ...(clickType === undefined ? {} : { clickType }),
        latencyMs: 0,
      }
    },
  }
}

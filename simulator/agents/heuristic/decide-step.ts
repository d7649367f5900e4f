import type { CoreAction } from '../../../traces/schema/action.js'
import { SeededRandom } from '../../../traces/seeded-random.js'
import type { DecisionContext } from '../policy.js'
import { terminate } from './decide/common.js'
import type { Decision, Reason, Situation } from './decide/decision.js'
import { DECIDERS } from './decide/index.js'
import { decisionSeed } from './decision-seed.js'
import { controlsOf } from './page/controls.js'
import { type PageKind, pageKindOf } from './page/page-kind.js'
import { readPage } from './page/read-page.js'
import { pastProducts } from './past-products.js'
import { traitsOf } from './persona-traits.js'
import { rationaleFor } from './rationale.js'
import { rememberSession, type SessionMemory } from './session-memory.js'
import { goalOf, type ShoppingGoal } from './shopping-goal.js'

export interface StepDecision {
  action: CoreAction
  rationale: string
  reason: Reason
  pageKind: PageKind
  goal: ShoppingGoal
}

/** How often one action may be repeated on one URL: a second look is human, a third is a loop. */
const REPEATS_ALLOWED = { click: 2, input: 1 } as const

function allowed(decision: Decision, situation: Situation, memory: SessionMemory): boolean {
  const { action } = decision
  if (action.type === 'terminate') return true
  if (!situation.view.canAct(action.name)) return false
  return memory.timesTaken(action, situation.view.url) < REPEATS_ALLOWED[action.type]
}

/**
 * One step of the heuristic shopper: read the page, remember the session, work out the goal, list what the
 * persona would do here, and take the first thing that is on the page and not a loop.
 */
export function decideStep(
  context: DecisionContext,
  options: { seed: number; maxSteps: number },
): StepDecision {
  const view = readPage(context.observation)
  const kind = pageKindOf(view)
  const memory = rememberSession(context.history, context.observation.url)
  const persona = context.personaMode === 'none' ? undefined : context.persona
  const traits = traitsOf(persona)
  const goal = goalOf({ intent: context.intent, persona, sessionId: context.sessionId, view, traits, memory })
  const rng = new SeededRandom(decisionSeed(context.seed, options.seed, context.sessionId, context.stepIndex))
  const stepsLeft = options.maxSteps - context.stepIndex
  const situation: Situation = {
    view,
    kind,
    controls: controlsOf(view),
    goal,
    traits,
    memory,
    past: pastProducts(context.history, goal),
    rng,
    stepsLeft,
  }
  const candidates: Decision[] = memory.orderPlaced
    ? [terminate('done')]
    : stepsLeft <= 1
      ? [terminate('budget')]
      : DECIDERS[kind](situation)
  const chosen = candidates.find((d) => allowed(d, situation, memory)) ?? terminate('stuck')
  return {
    action: chosen.action,
    rationale: rationaleFor(chosen.reason, goal),
    reason: chosen.reason,
    pageKind: kind,
    goal,
  }
}

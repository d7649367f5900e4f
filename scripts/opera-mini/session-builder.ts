import {
  type Persona,
  type Session,
  type Step,
  sessionOutcome,
  userIdOfSession,
  type Viewport,
} from '../../traces/index.js'
import { actionIdFor, spreadTimestamps } from './derived-values.js'
import type { Fixtures, GoldStep } from './fixture.js'
import { scenesFor } from './story.js'
import { assertSingleTarget } from './target-check.js'

/** The gold steps are from OPeRA's test split (Customer-R1 evaluates on it). */
export const SPLIT = 'test'
const VIEWPORT: Viewport = { width: 1280, height: 800 }

/** One session of the mini dataset: the real gold steps of `sessionId`, each with a derived observation. */
export function sessionFor(
  sessionId: string,
  gold: readonly GoldStep[],
  fixtures: Fixtures,
  persona?: Persona,
): Session {
  const ordered = [...gold].sort((a, b) => a.stepIdx - b.stepIdx)
  const userId = userIdOfSession(sessionId)
  for (const step of ordered) {
    if (step.userId !== userId)
      throw new Error(`step ${step.stepIdx} of ${sessionId} names user ${step.userId}`)
  }
  const timestamps = spreadTimestamps(sessionId, ordered.length)
  const scenes = scenesFor(ordered, fixtures)
  const steps = ordered.map((gold, k): Step => {
    const scene = scenes[k]
    const timestamp = timestamps[k]
    if (!scene || !timestamp) throw new Error(`step ${gold.stepIdx} of ${sessionId} has no scene`)
    const { action } = gold
    if (action.type !== 'terminate')
      assertSingleTarget(scene.view.html, action.name, `${sessionId} step ${gold.stepIdx}`)
    const step: Step = {
      sessionId,
      actionId: actionIdFor(sessionId, gold.stepIdx),
      index: k,
      timestamp,
      action,
      observation: {
        url: scene.view.url,
        html: scene.view.html,
        pageMeta: scene.view.pageMeta,
        viewport: VIEWPORT,
      },
      errors: [],
    }
    if (gold.clickType !== undefined) step.clickType = gold.clickType
    // OPeRA's card: a terminate row has no target, so no pointer and no element metadata either.
    if (action.type !== 'terminate') step.mousePosition = {}
    if (scene.elementMeta !== undefined) step.elementMeta = scene.elementMeta
    return step
  })
  return {
    id: sessionId,
    userId,
    ...(persona ? { persona } : {}),
    steps,
    outcome: sessionOutcome(steps),
    split: SPLIT,
    provenance: { source: 'import', dataset: 'NEU-HAI/OPeRA', version: 'filtered', split: SPLIT },
  }
}

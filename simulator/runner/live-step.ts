import type { ActResult, LiveObservation } from '../../environments/live.js'
import { elementMetaFor } from '../../environments/simplify/index.js'
import {
  type Action,
  classifyClick,
  type Prediction,
  type StepError,
  type StepInput,
} from '../../traces/schema/index.js'
import { SeededRandom } from '../../traces/seeded-random.js'
import type { StepFiles } from '../../traces/store/index.js'

export interface LiveStepInput {
  sessionId: string
  index: number
  /** Seeds the step's action id, so a re-recorded run gets the same ids. */
  seed: number
  timestamp: Date
  seen: LiveObservation
  action: Action
  rationale?: string
  prediction?: Prediction
  result?: ActResult
  errors?: StepError[]
  timings?: { observeMs?: number; decideMs?: number; actMs?: number }
}

/** What an act result that is not `ok` records on its step. */
export function actError(result: ActResult): StepError | undefined {
  if (result.kind === 'ok') return undefined
  const { kind, ...detail } = result
  return { code: `act_${kind}`, message: JSON.stringify(detail) }
}

/** The centre of the action's element in the viewport, as OPeRA's mouse_position records a click. */
function mousePositionOf(seen: LiveObservation, name: string) {
  const box = seen.observation.elements?.find((element) => element.name === name)?.box
  if (box === undefined) return undefined
  const clientX = Math.round(box.x + box.width / 2)
  const clientY = Math.round(box.y + box.height / 2)
  return { clientX, clientY }
}

/**
 * One step of a live session in the run directory's vocabulary: the page as observed before the action
 * (simplified HTML and screenshot as side files, element table, page_meta), the action with its click type,
 * element_meta of its target, the policy's output and timings. Shared by `shopsim run` and `shopsim record`.
 */
export function liveStepRecord(input: LiveStepInput): { step: StepInput; files: StepFiles } {
  const { seen, action } = input
  const { html, ...observation } = seen.observation
  const named = action.type === 'click' || action.type === 'input' ? action.name : undefined
  const meta = named === undefined ? undefined : elementMetaFor(named, seen.elementMeta)
  const mouse = named === undefined ? undefined : mousePositionOf(seen, named)
  const errors = [...(input.errors ?? [])]
  const failed = input.result === undefined ? undefined : actError(input.result)
  if (failed) errors.push(failed)
  const step: StepInput = {
    sessionId: input.sessionId,
    actionId: new SeededRandom(input.seed).uuid(),
    index: input.index,
    timestamp: input.timestamp.toISOString(),
    action,
    ...(action.type === 'click' && { clickType: classifyClick(action.name) }),
    observation,
    ...(input.rationale !== undefined && input.rationale !== '' && { rationale: input.rationale }),
    ...(named !== undefined && meta !== undefined && { elementMeta: { name: named, data: meta } }),
    ...(mouse !== undefined && { mousePosition: mouse }),
    ...(input.prediction !== undefined && { prediction: input.prediction }),
    ...(input.timings !== undefined && { timings: input.timings }),
    errors,
  }
  const files: StepFiles = {
    ...(html !== undefined && { html }),
    screenshot: {
      bytes: seen.screenshot.bytes,
      ext: 'jpg',
      width: seen.screenshot.width,
      height: seen.screenshot.height,
    },
  }
  return { step, files }
}

import type { Action, Box, Grounding, Step, Viewport } from '../../traces/schema/index.js'
import type { StepJudgement } from './step-judgement.js'

/** Where an action's element is drawn on the step's screenshot, or why it is not. */
export type TargetBox =
  | { kind: 'located'; name: string; box: Box; onScreen: boolean }
  | { kind: 'unlocated'; name: string; why: string }
  | { kind: 'no_target' }

export interface StepOverlay {
  /** The coordinate space of the screenshot (CSS pixels of the viewport it shows). */
  viewport: Viewport | undefined
  gold: TargetBox
  predicted?: TargetBox
}

const targetName = (action: Action | undefined): string | undefined =>
  action?.type === 'click' || action?.type === 'input' ? action.name : undefined

/**
 * Replayed steps (those with a grounding) hold boxes in page coordinates, since the replay reads
 * `rect + scroll`; live steps hold them relative to the viewport. The replay records where it scrolled only
 * beside its set-of-marks image, so the offset is worked out again: the replay's own rule (centre a pointer
 * recorded below the first screen), kept within what the elements' `inViewport` flags allow.
 */
export function estimateScrollY(step: Step, viewport: Viewport): number {
  const pageY = step.mousePosition?.pageY
  const planned =
    pageY !== undefined && Number.isFinite(pageY) && pageY > viewport.height
      ? Math.round(pageY - viewport.height / 2)
      : 0
  let low = 0
  let high = Number.POSITIVE_INFINITY
  for (const element of step.observation.elements ?? []) {
    if (element.inViewport !== true || element.box === undefined) continue
    low = Math.max(low, element.box.y - viewport.height)
    high = Math.min(high, element.box.y + element.box.height)
  }
  if (low > high) return planned
  return Math.min(high, Math.max(low, planned))
}

function fromGrounding(grounding: Grounding | undefined): TargetBox | undefined {
  if (grounding === undefined) return undefined
  if (grounding.kind === 'not_applicable') return { kind: 'no_target' }
  if (grounding.kind === 'missing')
    return { kind: 'unlocated', name: grounding.name, why: 'not found on the replayed page' }
  if (grounding.box === undefined)
    return { kind: 'unlocated', name: grounding.name, why: 'on the page but not laid out (no box)' }
  return { kind: 'located', name: grounding.name, box: grounding.box, onScreen: true }
}

function fromElements(step: Step, name: string | undefined): TargetBox {
  if (name === undefined) return { kind: 'no_target' }
  const elements = step.observation.elements
  if (elements === undefined) return { kind: 'unlocated', name, why: 'the step has no element table' }
  const element = elements.find((e) => e.name === name)
  if (element === undefined) return { kind: 'unlocated', name, why: 'not in the element table' }
  if (element.box === undefined) return { kind: 'unlocated', name, why: 'in the element table without a box' }
  return { kind: 'located', name, box: element.box, onScreen: true }
}

/** Moves a page-coordinate box into the viewport and says whether any of it shows on the screenshot. */
function placed(target: TargetBox, scrollY: number, viewport: Viewport | undefined): TargetBox {
  if (target.kind !== 'located') return target
  const box = { ...target.box, y: target.box.y - scrollY }
  const onScreen =
    viewport === undefined ||
    (box.x + box.width > 0 && box.y + box.height > 0 && box.x < viewport.width && box.y < viewport.height)
  return { ...target, box, onScreen }
}

/**
 * The gold target's box and, for a judged step, the predicted element's: from the replay's grounding when
 * the step has one, else looked up by name in the observation's element table.
 */
export function stepOverlay(step: Step, judgement: StepJudgement | undefined): StepOverlay {
  const { observation } = step
  const shot = observation.screenshot
  const viewport =
    observation.viewport ??
    (shot?.width !== undefined && shot.height !== undefined
      ? { width: shot.width, height: shot.height }
      : undefined)
  const inPageCoordinates = step.grounding !== undefined
  const scrollY = inPageCoordinates && viewport !== undefined ? estimateScrollY(step, viewport) : 0
  const gold = fromGrounding(step.grounding?.gold) ?? fromElements(step, targetName(step.action))
  const overlay: StepOverlay = { viewport, gold: placed(gold, scrollY, viewport) }
  if (judgement !== undefined) {
    const predicted =
      fromGrounding(step.grounding?.predicted) ?? fromElements(step, targetName(judgement.predicted))
    overlay.predicted = placed(predicted, scrollY, viewport)
  }
  return overlay
}

import type { RationaleSource } from '../../traces/export/index.js'
import type { Action, Step } from '../../traces/schema/index.js'
import type { RationaleMode } from './export-options.js'

const present = (text: string | undefined): text is string => text !== undefined && text.trim() !== ''

function sameAction(a: Action, b: Action | undefined): boolean {
  if (b === undefined || a.type !== b.type) return false
  if (a.type === 'click' && b.type === 'click') return a.name === b.name
  if (a.type === 'input' && b.type === 'input') return a.name === b.name && a.text === b.text
  return a.type === 'terminate'
}

/**
 * A model's rationale, only when its predicted action is the recorded one: a wrong prediction's rationale
 * argues for another action, and would teach the model to justify the gold action with it.
 */
function modelRationale(step: Step): string | undefined {
  const prediction = step.prediction
  return prediction !== undefined &&
    sameAction(step.action, prediction.action) &&
    present(prediction.rationale)
    ? prediction.rationale
    : undefined
}

type Chosen = { rationale: string | undefined; source: RationaleSource }

const NONE: Chosen = { rationale: undefined, source: 'none' }
const human = (step: Step): Chosen | undefined =>
  present(step.rationale) ? { rationale: step.rationale, source: 'human' } : undefined
const model = (step: Step): Chosen | undefined => {
  const rationale = modelRationale(step)
  return rationale === undefined ? undefined : { rationale, source: 'model' }
}

const CHOOSERS = {
  auto: (step) => human(step) ?? model(step) ?? NONE,
  human: (step) => human(step) ?? NONE,
  model: (step) => model(step) ?? NONE,
  none: () => NONE,
} satisfies Record<RationaleMode, (step: Step) => Chosen>

/** The rationale an SFT target carries for this step and where it came from (none: an empty rationale). */
export function chooseRationale(step: Step, mode: RationaleMode): Chosen {
  return CHOOSERS[mode](step)
}

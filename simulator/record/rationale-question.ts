import type { LiveObservation } from '../../environments/live.js'
import { collapseWhitespace } from '../../environments/simplify/index.js'
import type { Action } from '../../traces/schema/index.js'

const MAX_LABEL = 60

function labelOf(name: string, seen: LiveObservation): string {
  const text = collapseWhitespace(seen.observation.elements?.find((e) => e.name === name)?.text ?? '')
  const label = text === '' ? (name.split('.').at(-1) ?? name).replace(/_/g, ' ') : text
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label
}

/** The question the person sees, naming what they did in the page's own words. */
export function rationaleQuestion(action: Action, seen: LiveObservation, redacted: boolean): string {
  const what =
    action.type === 'click'
      ? `click “${labelOf(action.name, seen)}”`
      : action.type === 'input' && !redacted
        ? `type “${action.text.slice(0, MAX_LABEL)}”`
        : 'do that'
  return `shopsim is recording. Why did you ${what}? (optional: OK saves your answer, Cancel skips)`
}

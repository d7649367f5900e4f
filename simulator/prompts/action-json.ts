import type { Action, ActionDialect } from '../../traces/schema/index.js'

type ActionOf<T extends Action['type']> = Extract<Action, { type: T }>
type ActionWriter<T extends Action['type']> = (action: ActionOf<T>, dialect: ActionDialect) => object

/**
 * Each action as a model sees and writes it, with a fixed key order (type first), so the same action always
 * serialises to the same bytes. Only click, input and terminate are in the model's action space; the full
 * version's other actions appear only in a history.
 */
const ACTION_WRITERS: { [T in Action['type']]: ActionWriter<T> } = {
  click: (action) => ({ type: 'click', name: action.name }),
  input: (action, dialect) => ({ type: dialect, name: action.name, text: action.text }),
  terminate: () => ({ type: 'terminate' }),
  scroll: (action) => ({ type: 'scroll', ...(action.detail ? { detail: action.detail } : {}) }),
  navigation: (action) => ({
    type: 'navigation',
    ...(action.navigationType ? { navigationType: action.navigationType } : {}),
    ...(action.url ? { url: action.url } : {}),
  }),
  tab_activate: () => ({ type: 'tab_activate' }),
}

export function actionJson(action: Action, dialect: ActionDialect): object {
  const write = ACTION_WRITERS[action.type] as ActionWriter<Action['type']>
  return write(action, dialect)
}

/** The action alone as compact JSON in the dialect: what a history line shows. */
export function renderAction(action: Action, dialect: ActionDialect): string {
  return JSON.stringify(actionJson(action, dialect))
}

/**
 * The strict JSON a model must output, `{"rationale": ..., "action": {...}}` with exactly these two keys: the
 * assistant message of SFT exports. A missing rationale is written as "" (the key is required).
 */
export function renderAssistantTarget(
  answer: { rationale?: string; action: Action },
  dialect: ActionDialect,
): string {
  return JSON.stringify({ rationale: answer.rationale ?? '', action: actionJson(answer.action, dialect) })
}

import type { Action, ActionType } from '../../traces/schema/index.js'

const DESCRIBE = {
  click: (action) => `click ${action.name}`,
  input: (action) => `input ${action.name} ${JSON.stringify(action.text)}`,
  terminate: () => 'terminate',
  scroll: (action) => (action.detail?.dy === undefined ? 'scroll' : `scroll by ${action.detail.dy}`),
  navigation: (action) =>
    ['navigation', action.navigationType, action.url].filter((part) => part !== undefined).join(' '),
  tab_activate: () => 'tab_activate',
} satisfies { [K in ActionType]: (action: Extract<Action, { type: K }>) => string }

/** One line for an action, as a person reads it (the caller escapes it like any text). */
export function describeAction(action: Action): string {
  const toText = DESCRIBE[action.type] as (action: Action) => string
  return toText(action)
}

import type { Action, ActionType } from '../../traces/schema/action.js'
import type { Grounding } from '../../traces/schema/grounding.js'
import type { TargetMatch } from './collect-page.js'

/** The semantic id an action acts on, or why it has none. */
type Target = { name: string } | { reason: string }

const TARGET_OF = {
  click: (action) => ({ name: action.name }),
  input: (action) => ({ name: action.name }),
  terminate: () => ({ reason: 'terminate has no target element' }),
  scroll: () => ({ reason: 'scroll acts on the page, not an element' }),
  navigation: () => ({ reason: 'navigation acts on the page, not an element' }),
  tab_activate: () => ({ reason: 'tab_activate acts on the browser, not an element' }),
} satisfies { [K in ActionType]: (action: Extract<Action, { type: K }>) => Target }

export function targetOf(action: Action): Target {
  const pick = TARGET_OF[action.type] as (action: Action) => Target
  return pick(action)
}

/** Names to look up in the page for these actions (those that have a target). */
export function targetNames(actions: readonly Action[]): string[] {
  const names = new Set<string>()
  for (const action of actions) {
    const target = targetOf(action)
    if ('name' in target) names.add(target.name)
  }
  return [...names]
}

/**
 * Grounds one action on the snapshot: resolved when its id matches one element, ambiguous when several
 * (the first, as OPeRA's own resolution does, is the one located), missing when none.
 */
export function groundAction(action: Action, matches: readonly TargetMatch[]): Grounding {
  const target = targetOf(action)
  if (!('name' in target)) return { kind: 'not_applicable', reason: target.reason }
  const match = matches.find((m) => m.name === target.name)
  const element = match?.element
  if (!match || match.matches === 0 || !element) return { kind: 'missing', name: target.name }
  const located = {
    name: target.name,
    visible: element.visible,
    inViewport: element.inViewport ?? false,
    ...(element.box ? { box: element.box } : {}),
    ...(action.type === 'input' ? { acceptsText: match.acceptsText } : {}),
  }
  return match.matches === 1
    ? { kind: 'resolved', ...located }
    : { kind: 'ambiguous', matches: match.matches, ...located }
}

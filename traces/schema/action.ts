import { z } from 'zod'

export const ClickActionSchema = z.object({ type: z.literal('click'), name: z.string() })
export const InputActionSchema = z.object({ type: z.literal('input'), name: z.string(), text: z.string() })
export const TerminateActionSchema = z.object({ type: z.literal('terminate') })

/** OPeRA full: `scroll_detail` with the page offsets and the distance moved. */
export const ScrollDetailSchema = z.object({
  top: z.number().optional(),
  left: z.number().optional(),
  dx: z.number().optional(),
  dy: z.number().optional(),
})
export const ScrollActionSchema = z.object({
  type: z.literal('scroll'),
  detail: ScrollDetailSchema.optional(),
})

export const NAVIGATION_TYPES = ['back', 'forward', 'reload', 'new_page', 'other'] as const
export const NavigationActionSchema = z.object({
  type: z.literal('navigation'),
  navigationType: z.enum(NAVIGATION_TYPES).optional(),
  url: z.string().optional(),
})
export const TabActivateActionSchema = z.object({ type: z.literal('tab_activate') })

/** The filtered OPeRA action space: what models predict. */
export const CoreActionSchema = z.discriminatedUnion('type', [
  ClickActionSchema,
  InputActionSchema,
  TerminateActionSchema,
])
export type CoreAction = z.infer<typeof CoreActionSchema>

/** Every action a trace can hold, including the full OPeRA version's. */
export const ActionSchema = z.discriminatedUnion('type', [
  ClickActionSchema,
  InputActionSchema,
  TerminateActionSchema,
  ScrollActionSchema,
  NavigationActionSchema,
  TabActivateActionSchema,
])
export type Action = z.infer<typeof ActionSchema>
export type ActionType = Action['type']
export const ACTION_TYPES = ['click', 'input', 'terminate', 'scroll', 'navigation', 'tab_activate'] as const
export const CORE_ACTION_TYPES = ['click', 'input', 'terminate'] as const satisfies readonly ActionType[]

/** Spellings seen in the wild for our canonical action types. */
const TYPE_ALIASES: Readonly<Record<string, ActionType>> = {
  type_and_submit: 'input',
  type: 'input',
  tabActivate: 'tab_activate',
  tabactivate: 'tab_activate',
}

export function canonicalActionType(type: string): ActionType | undefined {
  const aliased = TYPE_ALIASES[type] ?? type
  return (ACTION_TYPES as readonly string[]).includes(aliased) ? (aliased as ActionType) : undefined
}

function normalizeAlias(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !('type' in value)) return value
  const type = (value as { type: unknown }).type
  if (typeof type !== 'string') return value
  const canonical = canonicalActionType(type)
  return canonical && canonical !== type ? { ...value, type: canonical } : value
}

/** Parses actions on the way in, accepting `type_and_submit` (Shop-R1) for `input` and `tabActivate`. */
export const ActionInputSchema = z.preprocess(normalizeAlias, ActionSchema)
export const CoreActionInputSchema = z.preprocess(normalizeAlias, CoreActionSchema)

/** How an action is spelled for a model or an exporter. */
export type ActionDialect = 'input' | 'type_and_submit'

export function actionToDialect(action: Action, dialect: ActionDialect): Record<string, unknown> {
  if (action.type === 'input' && dialect === 'type_and_submit') return { ...action, type: 'type_and_submit' }
  return { ...action }
}

import { canonicalActionType } from '../../traces/schema/action.js'
import { type ClickType, ClickTypeSchema } from '../../traces/schema/click-type.js'

/** Gold in OPeRA's form. */
export interface GoldAction {
  type: 'click' | 'input' | 'terminate'
  name?: string
  text?: string
  click_type?: ClickType
}

const GOLD_TYPES = new Set(['click', 'input', 'terminate'])

/** Accepts an object or a JSON string, in either dialect; undefined when it is not a core action. */
export function parseGold(value: unknown): GoldAction | undefined {
  let candidate = value
  if (typeof value === 'string') {
    try {
      candidate = JSON.parse(value) as unknown
    } catch {
      return undefined
    }
  }
  if (candidate === null || typeof candidate !== 'object') return undefined
  const raw = candidate as Record<string, unknown>
  const type = typeof raw.type === 'string' ? canonicalActionType(raw.type) : undefined
  if (type === undefined || !GOLD_TYPES.has(type)) return undefined
  const gold: GoldAction = { type: type as GoldAction['type'] }
  if (typeof raw.name === 'string') gold.name = raw.name
  if (typeof raw.text === 'string') gold.text = raw.text
  const clickType = ClickTypeSchema.safeParse(raw.click_type)
  if (clickType.success) gold.click_type = clickType.data
  return gold
}

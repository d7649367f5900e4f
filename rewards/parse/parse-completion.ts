import { type CoreAction, CoreActionInputSchema } from '../../traces/schema/action.js'
import { parseLenientJson } from './lenient-json.js'

export type ParseMode = 'strict' | 'lenient'
export type Dialect = 'input' | 'type_and_submit'

/** parseCompletion never throws. strict decides the format reward; lenient is for analysis. */
export type ParsedCompletion =
  | { ok: true; rationale: string; action: CoreAction; dialect: Dialect }
  | { ok: false; error: string }

/**
 * The completion's shape before the action is validated: what the format reward and the attribute rewards
 * look at, since a click without a name is still well-formatted output that earns the type reward.
 */
export type CompletionShape =
  | { ok: true; rationale: string; action: RawAction }
  | { ok: false; error: string }

/** The action object as written; fields the model left out or mistyped are undefined. */
export interface RawAction {
  type: string | undefined
  name: string | undefined
  text: string | undefined
}

function hasExactlyRequiredKeys(value: Record<string, unknown>): boolean {
  let count = 0
  for (const key in value) {
    if (key !== 'rationale' && key !== 'action') return false
    count++
  }
  return count === 2
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

const stringOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

/** Strict: valid JSON with exactly the keys rationale (a string) and action (an object). */
export function parseCompletionShape(text: string, mode: ParseMode): CompletionShape {
  let value: unknown
  if (mode === 'strict') {
    try {
      value = JSON.parse(text) as unknown
    } catch {
      return { ok: false, error: text.trim() === '' ? 'empty output' : 'not valid JSON' }
    }
  } else {
    value = parseLenientJson(text)
    if (value === undefined) return { ok: false, error: 'no JSON object found' }
  }
  if (!isObject(value)) return { ok: false, error: 'not a JSON object' }
  if (mode === 'strict' && !hasExactlyRequiredKeys(value)) {
    const keys = Object.keys(value).sort()
    return { ok: false, error: `keys must be exactly rationale and action, got ${keys.join(', ') || 'none'}` }
  }
  const { rationale, action } = value
  if (typeof rationale !== 'string') return { ok: false, error: 'rationale is not a string' }
  if (!isObject(action)) return { ok: false, error: 'action is not an object' }
  return {
    ok: true,
    rationale,
    action: {
      type: stringOrUndefined(action.type),
      name: stringOrUndefined(action.name),
      text: stringOrUndefined(action.text),
    },
  }
}

/** Parses a completion into a validated core action; both dialects (input / type_and_submit). */
export function parseCompletion(text: string, mode: ParseMode): ParsedCompletion {
  const shape = parseCompletionShape(text, mode)
  if (!shape.ok) return shape
  return toParsed(shape.rationale, shape.action)
}

export function toParsed(rationale: string, raw: RawAction): ParsedCompletion {
  const result = CoreActionInputSchema.safeParse(withoutUndefined(raw))
  if (!result.success) {
    return {
      ok: false,
      error: `action is not a valid click, input or terminate: ${result.error.issues[0]?.message}`,
    }
  }
  const dialect: Dialect = raw.type === 'type_and_submit' ? 'type_and_submit' : 'input'
  return { ok: true, rationale, action: result.data, dialect }
}

function withoutUndefined(raw: RawAction): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(raw)) if (value !== undefined) out[key] = value
  return out
}

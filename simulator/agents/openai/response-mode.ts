import type OpenAI from 'openai'
import { APIError } from 'openai'
import { z } from 'zod'
import type { ActionDialect } from '../../../traces/schema/index.js'

/** How the policy asks for JSON: a JSON schema, any JSON object, or only the prompt's instructions. */
export type ResponseMode = 'json_schema' | 'json_object' | 'prompt'

/** Where a server that refuses a mode sends us next. */
export const FALLBACK_MODE = {
  json_schema: 'json_object',
  json_object: 'prompt',
  prompt: undefined,
} as const satisfies Record<ResponseMode, ResponseMode | undefined>

const MODE_ORDER: readonly ResponseMode[] = ['json_schema', 'json_object', 'prompt']

/** The later of two modes: concurrent calls that each hit a refusal never move the policy back up. */
export function laterMode(a: ResponseMode, b: ResponseMode): ResponseMode {
  return MODE_ORDER.indexOf(a) >= MODE_ORDER.indexOf(b) ? a : b
}

/** `{rationale, action}` with exactly these keys, the action in the dialect: what parseCompletion accepts. */
export function outputSchema(dialect: ActionDialect) {
  // Single-value enums rather than consts: OpenAI's strict mode and vLLM's grammar backends read both,
  // older guided-decoding backends only the former.
  const action = z.union([
    z.strictObject({ type: z.enum(['click']), name: z.string() }),
    z.strictObject({ type: z.enum([dialect]), name: z.string(), text: z.string() }),
    z.strictObject({ type: z.enum(['terminate']) }),
  ])
  return z.strictObject({ rationale: z.string(), action })
}

export function outputJsonSchema(dialect: ActionDialect): Record<string, unknown> {
  const { $schema: _draft, ...schema } = z.toJSONSchema(outputSchema(dialect), { target: 'draft-7' })
  return schema
}

/** The `response_format` field for a mode; undefined sends none. */
type ResponseFormat = OpenAI.ResponseFormatJSONSchema | OpenAI.ResponseFormatJSONObject

export function responseFormatFor(mode: ResponseMode, dialect: ActionDialect): ResponseFormat | undefined {
  const formats = {
    json_schema: () => ({
      type: 'json_schema',
      json_schema: { name: 'next_action', strict: true, schema: outputJsonSchema(dialect) },
    }),
    json_object: () => ({ type: 'json_object' }),
    prompt: () => undefined,
  } satisfies Record<ResponseMode, () => ResponseFormat | undefined>
  return formats[mode]()
}

const FORMAT_WORDS = /response_format|json_schema|json_object|guided|structured output/i

/** A 400/422 that blames the response format (and not, say, the context length). */
export function isResponseFormatRefusal(error: unknown): boolean {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false
  if (error.param === 'response_format') return true
  return FORMAT_WORDS.test(`${error.message} ${JSON.stringify(error.error ?? '')}`)
}

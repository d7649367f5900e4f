import { z } from 'zod'
import { ShopsimError } from '../../traces/errors.js'
import type { ImageOptions, PromptOptions } from './types.js'

export const DEFAULT_TOKEN_BUDGET = 24_000
/** 1280 × 784: a common desktop viewport width, and both sides multiples of 28 for Qwen-VL patches. */
export const DEFAULT_MAX_PIXELS = 1_003_520
export const DEFAULT_IMAGE_FORMAT = 'jpeg'
export const DEFAULT_IMAGE_QUALITY = 80

const ImageOptionsSchema = z.object({
  maxPixels: z.number().int().positive().default(DEFAULT_MAX_PIXELS),
  format: z.enum(['png', 'jpeg', 'webp']).default(DEFAULT_IMAGE_FORMAT),
  quality: z.number().int().min(1).max(100).default(DEFAULT_IMAGE_QUALITY),
})
export type ResolvedImageOptions = z.infer<typeof ImageOptionsSchema>

const PromptOptionsSchema = z.object({
  dialect: z.enum(['input', 'type_and_submit']).default('input'),
  historyWindow: z.number().int().nonnegative().optional(),
  historyPages: z.number().int().nonnegative().default(0),
  tokenBudget: z.number().int().positive().default(DEFAULT_TOKEN_BUDGET),
  image: z.union([ImageOptionsSchema, z.literal(false)]).optional(),
})
export type ResolvedPromptOptions = z.infer<typeof PromptOptionsSchema>

function parseOr<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new ShopsimError(
    'E_USAGE',
    `${what}: ${issue?.path.join('.') || 'value'} ${issue?.message ?? 'is not valid'}`,
    'Counts and budgets are non-negative integers; image quality is 1-100.',
  )
}

/** Options come from CLI flags and config files: checked once here, with the defaults filled in. */
export function resolvePromptOptions(options: PromptOptions = {}): ResolvedPromptOptions {
  return parseOr(PromptOptionsSchema, options, 'prompt options')
}

export function resolveImageOptions(options: ImageOptions = {}): ResolvedImageOptions {
  return parseOr(ImageOptionsSchema, options, 'image options')
}

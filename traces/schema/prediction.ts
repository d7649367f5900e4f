import { z } from 'zod'
import { ActionSchema } from './action.js'
import { ClickTypeSchema } from './click-type.js'

export const TokenLogprobSchema = z.object({
  token: z.string(),
  logprob: z.number(),
  top: z.array(z.object({ token: z.string(), logprob: z.number() })).optional(),
})
export type TokenLogprob = z.infer<typeof TokenLogprobSchema>

/** What a policy answered for one step: raw text always, the parsed action when it parsed. */
export const PredictionSchema = z.object({
  policy: z.string(),
  model: z.string().optional(),
  raw: z.string(),
  action: ActionSchema.optional(),
  clickType: ClickTypeSchema.optional(),
  rationale: z.string().optional(),
  /** Set when the raw output is not valid under the strict output format. */
  formatError: z.string().optional(),
  latencyMs: z.number().nonnegative().optional(),
  tokens: z
    .object({ prompt: z.number().int().nonnegative(), completion: z.number().int().nonnegative() })
    .optional(),
  logprobs: z.array(TokenLogprobSchema).optional(),
  /** What the context budget removed from the prompt. */
  cut: z.array(z.string()).optional(),
})
export type Prediction = z.infer<typeof PredictionSchema>

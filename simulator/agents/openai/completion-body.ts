import { z } from 'zod'

const TopLogprobSchema = z.object({ token: z.string(), logprob: z.number() })
const TokenLogprobSchema = z.object({
  token: z.string(),
  logprob: z.number(),
  top_logprobs: z.array(TopLogprobSchema).nullish(),
})

/** The parts of a chat.completion body the policy reads; servers add fields freely, so others pass. */
export const CompletionBodySchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }),
        finish_reason: z.string().nullish(),
        logprobs: z.object({ content: z.array(TokenLogprobSchema).nullish() }).nullish(),
      }),
    )
    .min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
})
export type CompletionBody = z.infer<typeof CompletionBodySchema>

/** A response body read at the boundary: a completion, or why it is not one (recorded, never thrown). */
export type ReadBody = { kind: 'completion'; body: CompletionBody } | { kind: 'unreadable'; reason: string }

export function readCompletionBody(text: string): ReadBody {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { kind: 'unreadable', reason: `the response body is not JSON (${text.length} characters)` }
  }
  const parsed = CompletionBodySchema.safeParse(json)
  if (parsed.success) return { kind: 'completion', body: parsed.data }
  const issue = parsed.error.issues[0]
  return {
    kind: 'unreadable',
    reason: `the response body is not a chat completion: ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
  }
}

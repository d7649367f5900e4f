import { parseCompletion } from '../../../rewards/index.js'
import { classifyClick, type Prediction, type TokenLogprob } from '../../../traces/schema/index.js'
import type { CompletionBody, ReadBody } from './completion-body.js'

type Choice = CompletionBody['choices'][number]

export interface PredictionFrame {
  model: string
  latencyMs: number
  cut: readonly string[]
}

function toTokenLogprobs(choice: Choice): TokenLogprob[] | undefined {
  const content = choice.logprobs?.content
  if (!content) return undefined
  return content.map((entry) => {
    const top = entry.top_logprobs?.map((alt) => ({ token: alt.token, logprob: alt.logprob }))
    return top && top.length > 0
      ? { token: entry.token, logprob: entry.logprob, top }
      : { token: entry.token, logprob: entry.logprob }
  })
}

function formatErrorOf(choice: Choice, parseError: string): string {
  if (choice.message.refusal) return `the model refused: ${choice.message.refusal}`
  if (choice.finish_reason === 'length')
    return `output cut at the token limit (finish_reason length): ${parseError}`
  return parseError
}

/**
 * A response body as a Prediction. Whatever the model wrote becomes data: an unparsable or cut answer, and a
 * body that is no completion at all, are predictions with a `formatError`, never exceptions.
 */
export function toPrediction(read: ReadBody, frame: PredictionFrame): Prediction {
  const base: Prediction = { policy: 'openai', model: frame.model, raw: '', latencyMs: frame.latencyMs }
  if (frame.cut.length > 0) base.cut = [...frame.cut]
  if (read.kind === 'unreadable') return { ...base, formatError: read.reason }
  const choice = read.body.choices[0] as Choice
  const raw = choice.message.content ?? ''
  const prediction: Prediction = { ...base, raw }
  const usage = read.body.usage
  if (usage) prediction.tokens = { prompt: usage.prompt_tokens, completion: usage.completion_tokens }
  const logprobs = toTokenLogprobs(choice)
  if (logprobs) prediction.logprobs = logprobs
  const parsed = parseCompletion(raw, 'strict')
  if (!parsed.ok) return { ...prediction, formatError: formatErrorOf(choice, parsed.error) }
  prediction.action = parsed.action
  prediction.rationale = parsed.rationale
  if (parsed.action.type === 'click') prediction.clickType = classifyClick(parsed.action.name)
  return prediction
}

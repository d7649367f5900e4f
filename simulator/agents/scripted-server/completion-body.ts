import { mixSeed, SeededRandom } from '../../../traces/seeded-random.js'
import type { ScriptedRequest } from './chat-request.js'
import { fakeTokens, IMAGE_PROMPT_TOKENS } from './fake-tokens.js'

/** One token of an answer with its log-probability, as an answer rule may script it. */
export interface ScriptedTokenLogprob {
  token: string
  logprob: number
  top?: readonly { token: string; logprob: number }[]
}

export type ScriptedAnswer = string | { content: string; logprobs?: readonly ScriptedTokenLogprob[] }

/** OpenAI's shape: `choices[0].logprobs.content[]`. */
interface OpenAITokenLogprob {
  token: string
  logprob: number
  bytes: number[]
  top_logprobs: { token: string; logprob: number; bytes: number[] }[]
}

const bytesOf = (token: string): number[] => [...Buffer.from(token, 'utf8')]

/** Seeded made-up log-probabilities: the chosen token is likely, alternatives less so, in falling order. */
function inventLogprobs(tokens: readonly string[], random: SeededRandom): ScriptedTokenLogprob[] {
  return tokens.map((token) => {
    const logprob = -random.next() * 0.5
    const top = [{ token, logprob }]
    for (let rank = 1; rank < 20; rank++)
      top.push({ token: `${token}~${rank}`, logprob: logprob - rank - random.next() })
    return { token, logprob, top }
  })
}

function toOpenAILogprobs(entries: readonly ScriptedTokenLogprob[], topK: number): OpenAITokenLogprob[] {
  return entries.map((entry) => ({
    token: entry.token,
    logprob: entry.logprob,
    bytes: bytesOf(entry.token),
    top_logprobs: (entry.top ?? [])
      .slice(0, topK)
      .map((alt) => ({ token: alt.token, logprob: alt.logprob, bytes: bytesOf(alt.token) })),
  }))
}

function promptTokens(request: ScriptedRequest): number {
  return fakeTokens(request.allText).length + request.imageUrls.length * IMAGE_PROMPT_TOKENS
}

export interface CompletionBodyInput {
  request: ScriptedRequest
  answer: ScriptedAnswer
  seed: number
  /** Cut the answer (finish_reason `length`) even when it fits max_tokens. */
  truncate: boolean
  created: number
}

/** A chat.completion body for the answer, cut at max_tokens (or halfway when truncating) like a server would. */
export function completionBody({ request, answer, seed, truncate, created }: CompletionBodyInput): object {
  const content = typeof answer === 'string' ? answer : answer.content
  const tokens = fakeTokens(content)
  const scripted = typeof answer === 'string' ? undefined : answer.logprobs
  const logprobEntries = scripted ?? inventLogprobs(tokens, new SeededRandom(mixSeed(seed, request.index)))
  const limit = request.body.max_completion_tokens ?? request.body.max_tokens ?? Number.POSITIVE_INFINITY
  const truncatedLength = truncate
    ? Math.max(0, Math.min(tokens.length - 1, Math.ceil(tokens.length / 2)))
    : limit
  const kept = Math.min(tokens.length, limit, truncatedLength)
  const cut = kept < tokens.length
  const delivered = cut ? tokens.slice(0, kept).join('') : content
  const wantsLogprobs = request.body.logprobs === true
  return {
    id: `chatcmpl-scripted-${request.index}`,
    object: 'chat.completion',
    created,
    model: request.body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: delivered, refusal: null },
        logprobs: wantsLogprobs
          ? {
              content: toOpenAILogprobs(
                cut ? logprobEntries.slice(0, kept) : logprobEntries,
                request.body.top_logprobs ?? 0,
              ),
            }
          : null,
        finish_reason: cut ? 'length' : 'stop',
      },
    ],
    usage: {
      prompt_tokens: promptTokens(request),
      completion_tokens: kept,
      total_tokens: promptTokens(request) + kept,
    },
  }
}

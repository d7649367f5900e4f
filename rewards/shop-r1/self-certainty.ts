import type { TokenLogprob } from '../../traces/schema/prediction.js'

/** Where the certainty came from; `top-k` and `all-tokens` are approximations and get flagged. */
export interface SelfCertainty {
  value: number
  source: 'logits' | 'top-k'
  span: 'rationale' | 'all-tokens'
}

/**
 * Intuitor's per-token certainty, logsumexp(logits) − mean(logits), averaged over the rationale's tokens.
 * It is shift-invariant, so top-k log-probabilities stand in for logits (an approximation: the tail is lost).
 * Undefined when no distribution is available, so the component is absent rather than zero.
 */
export function selfCertainty(
  completion: string,
  logprobs: readonly TokenLogprob[] | undefined,
  logits: readonly (readonly number[])[] | undefined,
): SelfCertainty | undefined {
  const rows = logits ?? logprobs?.map((token) => token.top?.map((t) => t.logprob) ?? [])
  if (rows === undefined) return undefined
  const span = logprobs ? rationaleTokenRange(completion, logprobs) : undefined
  const chosen = span ? rows.slice(span.first, span.last + 1) : rows
  const perToken = chosen.filter((row) => row.length > 1).map(certaintyOf)
  if (perToken.length === 0) return undefined
  return {
    value: perToken.reduce((sum, v) => sum + v, 0) / perToken.length,
    source: logits ? 'logits' : 'top-k',
    span: span ? 'rationale' : 'all-tokens',
  }
}

function certaintyOf(row: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY
  let sum = 0
  for (const v of row) {
    if (v > max) max = v
    sum += v
  }
  let exp = 0
  for (const v of row) exp += Math.exp(v - max)
  return max + Math.log(exp) - sum / row.length
}

/** Token indices overlapping the rationale's string value; undefined when the tokens do not spell the text. */
function rationaleTokenRange(
  completion: string,
  logprobs: readonly TokenLogprob[],
): { first: number; last: number } | undefined {
  if (logprobs.map((t) => t.token).join('') !== completion) return undefined
  const value = rationaleValueRange(completion)
  if (value === undefined) return undefined
  let offset = 0
  let first = -1
  let last = -1
  logprobs.forEach((token, index) => {
    const end = offset + token.token.length
    if (end > value.start && offset < value.end) {
      if (first < 0) first = index
      last = index
    }
    offset = end
  })
  return first < 0 ? undefined : { first, last }
}

/** Character range of the rationale string's contents, scanning escapes by hand. */
function rationaleValueRange(completion: string): { start: number; end: number } | undefined {
  const key = /"rationale"\s*:\s*"/.exec(completion)
  if (!key) return undefined
  const start = key.index + key[0].length
  for (let i = start; i < completion.length; i++) {
    const ch = completion[i]
    if (ch === '\\') i++
    else if (ch === '"') return { start, end: i }
  }
  return undefined
}

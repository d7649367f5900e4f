/** Running totals of one policy, over every decide() call so far. */
export interface UsageTotals {
  promptTokens: number
  completionTokens: number
  /** HTTP requests sent, retries and response-format fallbacks included. */
  requests: number
  /** Requests repeated after a 429, a 5xx, a timeout or a connection error. */
  retries: number
  /** decide() calls that gave up (the endpoint stayed down or refused the request). */
  failures: number
  /** Answers recorded with a format error (unparsable, truncated, malformed body). */
  formatErrors: number
}

export const emptyUsage = (): UsageTotals => ({
  promptTokens: 0,
  completionTokens: 0,
  requests: 0,
  retries: 0,
  failures: 0,
  formatErrors: 0,
})

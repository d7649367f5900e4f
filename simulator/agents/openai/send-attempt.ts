import type OpenAI from 'openai'
import { type AttemptResult, classifyFailure } from './attempt-result.js'
import type { ChatBody } from './chat-request-body.js'
import { readCompletionBody } from './completion-body.js'

export interface AttemptInput {
  client: OpenAI
  body: ChatBody
  /** The whole attempt, body read included, ends by then: a server that hangs cannot stall a run. */
  timeoutMs: number
  /** The caller's signal: when it aborts, its reason is thrown instead of a retryable result. */
  signal?: AbortSignal | undefined
}

/**
 * One HTTP request. The body is read here rather than by the SDK so a malformed body becomes a recorded
 * format error (not a thrown SyntaxError) and the timeout covers reading it too.
 */
export async function sendAttempt({ client, body, timeoutMs, signal }: AttemptInput): Promise<AttemptResult> {
  signal?.throwIfAborted()
  // One controller for both causes, linked by hand: AbortSignal.any() on a run-long signal has leaked in Node.
  const controller = new AbortController()
  let timedOut = false
  const timeout = setTimeout(() => {
    timedOut = true
    controller.abort(new Error(`timed out after ${timeoutMs} ms`))
  }, timeoutMs)
  const forwardAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', forwardAbort, { once: true })
  const started = performance.now()
  try {
    // The SDK's own timeout only backs ours up; it stops at the headers.
    const response = await client.chat.completions
      .create(body, { signal: controller.signal, timeout: timeoutMs + 1_000, maxRetries: 0 })
      .asResponse()
    const text = await response.text()
    return { kind: 'answered', read: readCompletionBody(text), latencyMs: performance.now() - started }
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    return classifyFailure(error, { timedOut, timeoutMs })
  } finally {
    clearTimeout(timeout)
    signal?.removeEventListener('abort', forwardAbort)
  }
}

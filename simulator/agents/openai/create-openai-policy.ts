import OpenAI from 'openai'
import { ShopsimError } from '../../../traces/errors.js'
import type { ActionDialect, Prediction } from '../../../traces/schema/index.js'
import {
  type ImageOptions,
  type PromptOptions,
  type RenderedPrompt,
  renderPrompt,
} from '../../prompts/index.js'
import { createSemaphore } from '../../semaphore.js'
import type { DecisionContext, Policy } from '../policy.js'
import type { AttemptResult } from './attempt-result.js'
import { type BackoffOptions, backoffDelayMs, DEFAULT_BACKOFF, retryAfterMs } from './backoff.js'
import { chatRequestBody, type SamplingOptions } from './chat-request-body.js'
import { type PolicyClock, systemClock } from './clock.js'
import { displayUrl, redactSecret } from './redact.js'
import { FALLBACK_MODE, laterMode, type ResponseMode } from './response-mode.js'
import { sendAttempt } from './send-attempt.js'
import { toPrediction } from './to-prediction.js'
import { emptyUsage, type UsageTotals } from './usage-totals.js'

export type PromptRenderer = (context: DecisionContext, options?: PromptOptions) => Promise<RenderedPrompt>

export interface OpenAIPolicyOptions extends SamplingOptions {
  /** Base URL of an OpenAI-compatible API, ending in /v1 (see resolveEndpoint). */
  baseUrl: string
  apiKey?: string
  model: string
  /** How `input` actions are spelled in the prompt and the JSON schema (default `input`). */
  dialect?: ActionDialect
  /** Attach the step's screenshot (true, or encoding options); text only when false (the default). */
  image?: ImageOptions | boolean
  prompt?: Omit<PromptOptions, 'dialect' | 'image'>
  /** Turns a context into messages; the real renderer by default. */
  renderPrompt?: PromptRenderer
  /** One request, answer body included, ends by then (default 60 s). */
  timeoutMs?: number
  /** Requests per decide() before giving up, the first included (default 5). */
  maxAttempts?: number
  backoff?: BackoffOptions
  /** Requests in flight at once over all decide() calls of this policy (default 4). */
  concurrency?: number
  /** The JSON mode tried first (default json_schema); refusals move down to json_object, then prompt. */
  responseMode?: ResponseMode
  clock?: PolicyClock
  /** Jitter draws, uniform in [0, 1) (default Math.random). */
  random?: () => number
  /** Handed to the openai client (default the global fetch). */
  fetch?: typeof fetch
}

export interface OpenAIPolicy extends Policy {
  readonly name: 'openai'
  readonly model: string
  readonly dialect: ActionDialect
  /** Running totals over every decide() so far. */
  usage(): UsageTotals
  /** The JSON mode the endpoint accepted last: what the next request will use. */
  responseMode(): ResponseMode
}

const DEFAULTS = { timeoutMs: 60_000, maxAttempts: 5, concurrency: 4 } as const

const REFUSAL_HINTS: Readonly<Record<number, string>> = {
  401: 'check the API key (--api-key, SHOPSIM_API_KEY or OPENAI_API_KEY)',
  403: 'check that the API key may use this model',
  404: 'check --model and --base-url (an OpenAI-compatible base URL usually ends in /v1)',
}

function imageOption(image: OpenAIPolicyOptions['image']): ImageOptions | false {
  if (image === true) return {}
  return image === undefined || image === false ? false : image
}

/** A policy that asks any OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, ...) for the next action. */
export function createOpenAIPolicy(options: OpenAIPolicyOptions): OpenAIPolicy {
  const dialect = options.dialect ?? 'input'
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts)
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff }
  const clock = options.clock ?? systemClock
  const random = options.random ?? Math.random
  const render = options.renderPrompt ?? renderPrompt
  const promptOptions: PromptOptions = { ...options.prompt, dialect, image: imageOption(options.image) }
  const semaphore = createSemaphore(options.concurrency ?? DEFAULTS.concurrency)
  const where = `${displayUrl(options.baseUrl)} (model ${options.model})`
  const secret = options.apiKey
  // Every client option is explicit: the SDK would otherwise read OPENAI_* variables behind our back.
  const client = new OpenAI({
    apiKey: options.apiKey ?? 'none',
    baseURL: options.baseUrl,
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: timeoutMs + 1_000,
    logLevel: 'off',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  const totals = emptyUsage()
  let mode: ResponseMode = options.responseMode ?? 'json_schema'

  const fail = (code: 'E_MODEL_UNAVAILABLE' | 'E_MODEL_RESPONSE', message: string, hint: string) => {
    totals.failures++
    return new ShopsimError(code, redactSecret(message, secret), hint)
  }

  const attempt = async (context: DecisionContext, prompt: RenderedPrompt, attemptMode: ResponseMode) => {
    const body = chatRequestBody({
      model: options.model,
      messages: prompt.messages,
      mode: attemptMode,
      dialect,
      sampling: options,
      seed: context.seed,
    })
    const release = await semaphore.acquire(context.signal)
    try {
      totals.requests++
      return await sendAttempt({ client, body, timeoutMs, signal: context.signal })
    } finally {
      release()
    }
  }

  const answered = (result: Extract<AttemptResult, { kind: 'answered' }>, prompt: RenderedPrompt) => {
    const prediction = toPrediction(result.read, {
      model: options.model,
      latencyMs: Math.round(result.latencyMs * 10) / 10,
      cut: prompt.cut,
    })
    totals.promptTokens += prediction.tokens?.prompt ?? 0
    totals.completionTokens += prediction.tokens?.completion ?? 0
    if (prediction.formatError !== undefined) totals.formatErrors++
    return prediction
  }

  return {
    name: 'openai',
    model: options.model,
    dialect,
    usage: () => ({ ...totals }),
    responseMode: () => mode,
    async decide(context: DecisionContext): Promise<Prediction> {
      const prompt = await render(context, promptOptions)
      let attempts = 0
      for (;;) {
        context.signal?.throwIfAborted()
        const attemptMode = mode
        const result = await attempt(context, prompt, attemptMode)
        if (result.kind === 'answered') return answered(result, prompt)
        if (result.kind === 'fallback') {
          const next = FALLBACK_MODE[attemptMode]
          if (next !== undefined) {
            mode = laterMode(mode, next)
            continue
          }
        }
        if (result.kind === 'refused' || result.kind === 'fallback') {
          const hint =
            REFUSAL_HINTS[result.status] ?? 'check the model’s request limits (context length, parameters)'
          throw fail('E_MODEL_RESPONSE', `${where} refused the request: ${result.reason}`, hint)
        }
        attempts++
        if (attempts >= maxAttempts) {
          throw fail(
            'E_MODEL_UNAVAILABLE',
            `${where} did not answer after ${attempts} attempts; last: ${result.reason}`,
            'check that the server is up and --base-url is right; if it is overloaded, lower --concurrency',
          )
        }
        totals.retries++
        const wait =
          retryAfterMs(result.headers, clock.now(), backoff.maxRetryAfterMs) ??
          backoffDelayMs(attempts, backoff, random)
        await clock.sleep(wait, context.signal)
      }
    },
  }
}

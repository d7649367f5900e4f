import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AnswerRule } from './answer-rules.js'
import { ChatRequestSchema, toScriptedRequest } from './chat-request.js'
import { completionBody } from './completion-body.js'
import { createFaultPicker, FAULT_KINDS, type FaultKind, type FaultPlan } from './fault-plan.js'
import { FAULT_RESPONSES } from './fault-responses.js'
import { readBody, redactedHeaders, sendJson, sendOpenAIError } from './http-io.js'

export interface ScriptedServerOptions {
  /** 0 (the default) picks a free port; the server listens on 127.0.0.1 only. */
  port?: number
  answer: AnswerRule
  faults?: FaultPlan
  /** Seeds fault draws and invented log-probabilities (default 1). */
  seed?: number
  /** Wait before each response, faults included (hangs never answer anyway). */
  latencyMs?: number
  /** When false, a request with `response_format: {type: 'json_schema'}` gets a 400 (default true). */
  supportsJsonSchema?: boolean
  /** When false, a request with `response_format: {type: 'json_object'}` gets a 400 (default true). */
  supportsJsonObject?: boolean
  /** Model ids listed by `GET /v1/models` (default `['scripted']`); any model name is answered. */
  models?: readonly string[]
  /** Keep every request in `requests` (default true; benchmarks turn it off to save memory). */
  record?: boolean
}

/** What happened to one request. */
export type RequestOutcome =
  | 'ok'
  | FaultKind
  | 'rejected_response_format'
  | 'invalid'
  | 'answer_error'
  | 'other'

export interface RecordedRequest {
  /** Position among chat requests, from 0; -1 for other paths. */
  index: number
  method: string
  path: string
  /** Headers with credentials replaced by `[redacted]`. */
  headers: Record<string, string>
  /** The JSON body, or the text when it was not JSON. */
  body: unknown
  outcome: RequestOutcome
}

export interface ScriptedServerStats {
  /** Every HTTP request, any path. */
  requests: number
  chatRequests: number
  /** Chat requests answered with status 200 (well-formed, truncated or with a malformed body). */
  completions: number
  outcomes: Record<RequestOutcome, number>
  inFlight: number
  maxInFlight: number
}

export interface ScriptedServer {
  /** Base URL ending in `/v1`, as OpenAI clients take it. */
  url: string
  port: number
  requests: RecordedRequest[]
  readonly stats: ScriptedServerStats
  close(): Promise<void>
}

const MAX_BODY_BYTES = 64 * 1024 * 1024
const OUTCOMES = [
  'ok',
  ...FAULT_KINDS,
  'rejected_response_format',
  'invalid',
  'answer_error',
  'other',
] as const satisfies readonly RequestOutcome[]

const UNSUPPORTED_FORMAT_MESSAGE = (type: string) =>
  `Invalid parameter: 'response_format' of type '${type}' is not supported with this model.`

function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

function retryAfterHeader(value: FaultPlan['retryAfter']): string | null {
  if (value === null) return null
  return String(value ?? 1)
}

/**
 * An OpenAI-compatible chat completions server on 127.0.0.1 with scripted answers and seeded faults, for
 * tests, demos and benchmarks: `POST /v1/chat/completions` and `GET /v1/models`. No streaming.
 */
export async function startScriptedServer(options: ScriptedServerOptions): Promise<ScriptedServer> {
  const seed = options.seed ?? 1
  const record = options.record ?? true
  const pickFault = createFaultPicker(options.faults, seed)
  const retryAfter = retryAfterHeader(options.faults?.retryAfter)
  const models = options.models ?? ['scripted']
  // Latency waits in progress, cancelled by close(); a timer set rather than one shared AbortSignal,
  // which would warn about listeners at 11 concurrent waits.
  const pendingWaits = new Set<() => void>()
  let closed = false
  const requests: RecordedRequest[] = []
  const stats: ScriptedServerStats = {
    requests: 0,
    chatRequests: 0,
    completions: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<RequestOutcome, number>,
    inFlight: 0,
    maxInFlight: 0,
  }
  let chatIndex = 0

  const settle = (entry: RecordedRequest, outcome: RequestOutcome) => {
    entry.outcome = outcome
    stats.outcomes[outcome]++
    if (outcome === 'ok' || outcome === 'truncated' || outcome === 'malformed_json') stats.completions++
  }

  const waitLatency = (ms: number) =>
    new Promise<void>((resolve, reject) => {
      const cancel = () => {
        clearTimeout(timer)
        reject(new Error('the scripted server closed'))
      }
      const timer = setTimeout(() => {
        pendingWaits.delete(cancel)
        resolve()
      }, ms)
      pendingWaits.add(cancel)
    })

  async function answerChat(req: IncomingMessage, res: ServerResponse, entry: RecordedRequest) {
    stats.chatRequests++
    stats.inFlight++
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight)
    res.once('close', () => stats.inFlight--)
    const text = await readBody(req, MAX_BODY_BYTES)
    const json = text === undefined ? { ok: false as const } : parseJsonBody(text)
    entry.body = json.ok ? json.value : text
    const parsed = json.ok ? ChatRequestSchema.safeParse(json.value) : undefined
    if (!parsed?.success) {
      settle(entry, 'invalid')
      const issue = parsed?.error.issues[0]
      const where = issue ? issue.path.join('.') || 'body' : 'body'
      return sendOpenAIError(res, 400, `${where}: ${issue?.message ?? 'the body is not JSON'}`)
    }
    const request = toScriptedRequest(parsed.data, chatIndex++)
    entry.index = request.index
    const format = request.body.response_format?.type
    const unsupported =
      (format === 'json_schema' && options.supportsJsonSchema === false) ||
      (format === 'json_object' && options.supportsJsonObject === false)
    if (format !== undefined && unsupported) {
      settle(entry, 'rejected_response_format')
      return sendOpenAIError(res, 400, UNSUPPORTED_FORMAT_MESSAGE(format), { param: 'response_format' })
    }
    const fault = pickFault()
    if (fault !== 'hang' && options.latencyMs) await waitLatency(options.latencyMs)
    const completion = async ({ truncate }: { truncate: boolean }) =>
      completionBody({
        request,
        answer: await options.answer(request),
        seed,
        truncate,
        created: Math.floor(Date.now() / 1000),
      })
    if (fault !== null) {
      settle(entry, fault)
      return FAULT_RESPONSES[fault]({ res, retryAfter, completion })
    }
    const body = await completion({ truncate: false }).catch((error: unknown) => error as Error)
    if (body instanceof Error) {
      settle(entry, 'answer_error')
      return sendOpenAIError(res, 500, `the answer rule failed: ${body.message}`)
    }
    settle(entry, 'ok')
    sendJson(res, 200, body)
  }

  function listModels(res: ServerResponse, entry: RecordedRequest) {
    settle(entry, 'other')
    sendJson(res, 200, {
      object: 'list',
      data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'shopsim' })),
    })
  }

  const routes: Record<string, { method: string; handle: typeof answerChat }> = {
    '/v1/chat/completions': { method: 'POST', handle: answerChat },
    '/v1/models': { method: 'GET', handle: async (_req, res, entry) => listModels(res, entry) },
  }

  const server = createServer((req, res) => {
    stats.requests++
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const entry: RecordedRequest = {
      index: -1,
      method: req.method ?? 'GET',
      path,
      headers: redactedHeaders(req),
      body: undefined,
      outcome: 'other',
    }
    if (record) requests.push(entry)
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined
    if (!route || req.method !== route.method) {
      settle(entry, 'other')
      return sendOpenAIError(res, route ? 405 : 404, `no route ${req.method} ${path}`)
    }
    route.handle(req, res, entry).catch((error: unknown) => {
      // A latency wait cut short by close(), or a socket gone mid-answer: nothing left to answer.
      if (closed || res.destroyed) return
      if (!res.headersSent) sendOpenAIError(res, 500, `scripted server error: ${(error as Error).message}`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        closed = true
        for (const cancel of pendingWaits) cancel()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

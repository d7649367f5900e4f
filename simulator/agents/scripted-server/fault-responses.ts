import type { ServerResponse } from 'node:http'
import type { FaultKind } from './fault-plan.js'
import { sendJson, sendOpenAIError, sendText } from './http-io.js'

export interface FaultContext {
  res: ServerResponse
  /** The Retry-After header value for 429s, or null to send none. */
  retryAfter: string | null
  /** The completion body this request would get (building it consumes an answer from the rule). */
  completion: (options: { truncate: boolean }) => Promise<object>
}

/** How each fault looks on the wire, modelled on what OpenAI, vLLM and proxies in front of them send. */
export const FAULT_RESPONSES = {
  rate_limit: ({ res, retryAfter }) =>
    sendOpenAIError(res, 429, 'Rate limit reached for requests (scripted fault).', {
      type: 'requests',
      code: 'rate_limit_exceeded',
      headers: retryAfter === null ? {} : { 'retry-after': retryAfter },
    }),
  server_error: ({ res }) => sendOpenAIError(res, 500, 'The server had an error processing your request.'),
  unavailable: ({ res }) =>
    sendOpenAIError(res, 503, 'The engine is currently overloaded, please try later.'),
  // Nothing is sent: the request stays open until the client gives up or the server closes.
  hang: () => undefined,
  malformed_json: async ({ res, completion }) => {
    const text = JSON.stringify(await completion({ truncate: false }))
    sendText(res, 200, text.slice(0, Math.floor(text.length / 2)))
  },
  truncated: async ({ res, completion }) => sendJson(res, 200, await completion({ truncate: true })),
  reset: ({ res }) => {
    res.socket?.destroy()
  },
} satisfies Record<FaultKind, (context: FaultContext) => void | Promise<void>>

import type { IncomingMessage, ServerResponse } from 'node:http'

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(res, status, JSON.stringify(body), headers)
}

/** Sends a body as JSON's content type, whether or not it is JSON (the malformed-body fault needs that). */
export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  })
  res.end(text)
}

/** OpenAI's error body, which openai-node turns into `APIError.message`, `.param` and `.code`. */
export function sendOpenAIError(
  res: ServerResponse,
  status: number,
  message: string,
  extra: {
    type?: string
    param?: string | null
    code?: string | null
    headers?: Record<string, string>
  } = {},
): void {
  const type = extra.type ?? (status >= 500 ? 'server_error' : 'invalid_request_error')
  sendJson(
    res,
    status,
    { error: { message, type, param: extra.param ?? null, code: extra.code ?? null } },
    extra.headers,
  )
}

export function readBody(req: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const SECRET_HEADERS = new Set(['authorization', 'api-key', 'x-api-key', 'proxy-authorization'])

/** Request headers as recorded: credentials replaced, so test logs and snapshots never hold a key. */
export function redactedHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    const text = Array.isArray(value) ? value.join(', ') : value
    out[name] = SECRET_HEADERS.has(name) ? redactCredential(text) : text
  }
  return out
}

function redactCredential(value: string): string {
  const scheme = /^(\w+)\s+/.exec(value)?.[1]
  return scheme ? `${scheme} [redacted]` : '[redacted]'
}

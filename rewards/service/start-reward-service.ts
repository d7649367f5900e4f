import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ShopsimError } from '../../traces/errors.js'
import { DEFAULT_SERVICE_REWARD, scoreBatch } from './score-batch.js'
import { ScoreRequestSchema } from './score-request.js'

export interface RewardServiceOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  /** Requests with a larger body get 413 (default 16 MiB). */
  maxBodyBytes?: number
  /** Reward used for items that name none (default shop-r1). */
  defaultReward?: string
  /** Told about a bug in the service itself; the request still gets a 500. */
  onInternalError?: (error: unknown) => void
}

export interface RewardService {
  url: string
  port: number
  close(): Promise<void>
}

const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

type BodyResult = { ok: true; text: string } | { ok: false; tooLarge: true }

function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > maxBytes) return resolve({ ok: false, tooLarge: true })
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > maxBytes) {
        done = true
        chunks.length = 0
        resolve({ ok: false, tooLarge: true })
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!done) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') })
    })
    req.on('error', reject)
  })
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, reason: `the body is not JSON: ${(error as Error).message}` }
  }
}

async function handleScore(
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
  defaultReward: string,
): Promise<void> {
  const body = await readBody(req, maxBodyBytes)
  if (!body.ok) {
    // Close the connection: the rest of an oversized body is not worth reading.
    sendJson(res, 413, { error: `the body is larger than ${maxBodyBytes} bytes` }, { connection: 'close' })
    return
  }
  const json = parseJson(body.text)
  if (!json.ok) return sendJson(res, 400, { error: json.reason })
  const request = ScoreRequestSchema.safeParse(json.value)
  if (!request.success) {
    const issue = request.error.issues[0]
    const where = issue?.path.length ? issue.path.join('.') : 'body'
    return sendJson(res, 400, {
      error: `${where}: ${issue?.message ?? 'invalid'}; expected {items: [{completion, ground_truth, reward?, options?}]}`,
    })
  }
  const result = scoreBatch(request.data.items, defaultReward)
  if (!result.ok) return sendJson(res, 400, { error: result.reason })
  sendJson(res, 200, { scores: result.scores })
}

/** The reward functions over HTTP, for trainers in other languages (verl, TRL): `POST /score`, `GET /health`. */
export async function startRewardService(options: RewardServiceOptions = {}): Promise<RewardService> {
  const host = options.host ?? '127.0.0.1'
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const defaultReward = options.defaultReward ?? DEFAULT_SERVICE_REWARD
  const routes: Record<
    string,
    { method: string; handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void }
  > = {
    '/score': { method: 'POST', handle: (req, res) => handleScore(req, res, maxBodyBytes, defaultReward) },
    '/health': { method: 'GET', handle: (_req, res) => sendJson(res, 200, { ok: true, defaultReward }) },
  }
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined
    if (!route) return sendJson(res, 404, { error: `no such path ${path}; use POST /score or GET /health` })
    if (req.method !== route.method) {
      return sendJson(res, 405, { error: `${path} takes ${route.method}` }, { allow: route.method })
    }
    Promise.resolve(route.handle(req, res)).catch((error: unknown) => {
      options.onInternalError?.(error)
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' })
      else res.destroy()
    })
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        new ShopsimError(
          'E_SERVICE_START',
          `the reward service could not listen on ${host}:${options.port ?? 0}: ${error.message}`,
          'pick another --port, or stop what is using it',
          { cause: error },
        ),
      ),
    )
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const urlHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

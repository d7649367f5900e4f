import type { ServerResponse } from 'node:http'
import { errorPage } from '../pages/error-page.js'
import type { Reply } from './reply.js'
import type { RequestContext } from './request-context.js'

type Sender<K extends Reply['kind']> = (
  response: ServerResponse,
  reply: Extract<Reply, { kind: K }>,
  context: { request: RequestContext; errors: 'html' | 'json' },
) => void

function finish(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.statusCode = status
  response.setHeader('Content-Type', contentType)
  response.setHeader('Content-Length', Buffer.byteLength(body))
  response.end(body)
}

const HTML = 'text/html; charset=utf-8'
const JSON_TYPE = 'application/json; charset=utf-8'

/** How each kind of reply goes on the wire. */
const SENDERS: { [K in Reply['kind']]: Sender<K> } = {
  html: (response, reply) => {
    response.setHeader('Cache-Control', 'no-store')
    finish(response, reply.status, HTML, reply.body)
  },
  redirect: (response, reply) => {
    response.setHeader('Location', reply.location)
    finish(response, 303, 'text/plain; charset=utf-8', `See ${reply.location}\n`)
  },
  json: (response, reply) => {
    response.setHeader('Cache-Control', 'no-store')
    finish(response, reply.status, JSON_TYPE, JSON.stringify(reply.body))
  },
  asset: (response, reply) => {
    response.setHeader('Cache-Control', `public, max-age=${reply.maxAgeSeconds}`)
    finish(response, 200, reply.contentType, reply.body)
  },
  error: (response, reply, { request, errors }) => {
    if (reply.allow) response.setHeader('Allow', reply.allow.join(', '))
    response.setHeader('Cache-Control', 'no-store')
    if (errors === 'json') finish(response, reply.status, JSON_TYPE, JSON.stringify({ error: reply.message }))
    else finish(response, reply.status, HTML, errorPage(reply.status, reply.message, request.nav()))
  },
}

export function sendReply(
  response: ServerResponse,
  reply: Reply,
  context: { request: RequestContext; errors: 'html' | 'json' },
): void {
  ;(SENDERS[reply.kind] as Sender<Reply['kind']>)(response, reply, context)
}

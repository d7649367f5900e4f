import type { IncomingMessage, ServerResponse } from 'node:http'
import { readCookie, SESSION_COOKIE, sessionCookieHeader } from '../session/session-cookie.js'
import type { StoreApp } from '../store-app.js'
import { describeIssues, paramsObject } from './params.js'
import { readFormBody } from './read-body.js'
import { errorReply, type Reply } from './reply.js'
import { type RequestContext, requestContext } from './request-context.js'
import type { Route } from './route.js'
import { sendReply } from './send-reply.js'

const MAX_URL_LENGTH = 4096

function matchPath(route: Route, pathname: string): Record<string, string> | undefined {
  if (typeof route.path === 'string') return route.path === pathname ? {} : undefined
  const match = route.path.exec(pathname)
  return match ? { ...match.groups } : undefined
}

/** Finds the route, validates the query and body with the route's schemas, runs it. */
async function dispatch(
  routes: readonly Route[],
  request: IncomingMessage,
  url: URL,
  context: RequestContext,
): Promise<{ reply: Reply; errors: 'html' | 'json' }> {
  const method = request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET')
  const onPath = routes
    .map((route) => ({ route, params: matchPath(route, url.pathname) }))
    .filter((m) => m.params !== undefined)
  if (onPath.length === 0)
    return { reply: errorReply(404, `There is no page at ${url.pathname}.`), errors: 'html' }
  const found = onPath.find((m) => m.route.method === method)
  if (!found) {
    const allow = [...new Set(onPath.map((m) => m.route.method))]
    return {
      reply: {
        kind: 'error',
        status: 405,
        message: `${url.pathname} does not accept ${method} requests; it accepts ${allow.join(' and ')}.`,
        allow: allow.includes('GET') ? [...allow, 'HEAD'] : allow,
      },
      errors: onPath[0]?.route.errors ?? 'html',
    }
  }
  const { route } = found
  const invalid = (message: string): { reply: Reply; errors: 'html' | 'json' } => ({
    reply: errorReply(400, message),
    errors: route.errors,
  })
  let query: unknown = {}
  if (route.query) {
    const parsed = route.query.safeParse(paramsObject(url.searchParams))
    if (!parsed.success) return invalid(describeIssues(parsed.error))
    query = parsed.data
  }
  let body: unknown = {}
  if (route.method === 'POST') {
    const read = await readFormBody(request)
    if (read.kind === 'too-large')
      return {
        reply: errorReply(413, 'The form sent was larger than this store accepts.'),
        errors: route.errors,
      }
    if (read.kind === 'unsupported')
      return {
        reply: errorReply(
          415,
          `Forms must be sent as application/x-www-form-urlencoded, not ${read.contentType}.`,
        ),
        errors: route.errors,
      }
    if (route.body) {
      const parsed = route.body.safeParse(paramsObject(read.params))
      if (!parsed.success) return invalid(describeIssues(parsed.error))
      body = parsed.data
    }
  }
  return {
    reply: await route.handle({ query, body, params: found.params ?? {} }, context),
    errors: route.errors,
  }
}

function internalErrorPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shopsim.store: error</title><link rel="stylesheet" href="/static/store.css"></head><body class="page-error"><div id="g" class="store-error"><h1>Something went wrong on our side</h1><p>Please go back and try again.</p><p><a href="/">shopsim home</a></p></div></body></html>`
}

/**
 * The request handler of a store: session cookie (a new session for a missing, malformed or forged
 * one, never an error), routing, validation, and the reply. Unexpected exceptions become a 500 page
 * and are reported to `app.onInternalError`.
 */
export function createRequestHandler(app: StoreApp, routes: readonly Route[]) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const cookieValue = readCookie(request.headers.cookie, SESSION_COOKIE)
    let sessionId = app.cookies.verify(cookieValue)
    if (sessionId === undefined) {
      const issued = app.cookies.issue()
      sessionId = issued.id
      response.setHeader('Set-Cookie', sessionCookieHeader(issued.value))
    }
    response.setHeader('X-Shopsim-Session', sessionId)
    const context = requestContext(app, sessionId)
    const rawUrl = request.url ?? '/'
    if (rawUrl.length > MAX_URL_LENGTH) {
      sendReply(response, errorReply(400, 'That address is too long.'), { request: context, errors: 'html' })
      return
    }
    let url: URL
    try {
      url = new URL(rawUrl, 'http://store.invalid')
    } catch {
      sendReply(response, errorReply(400, 'That address could not be read.'), {
        request: context,
        errors: 'html',
      })
      return
    }
    dispatch(routes, request, url, context)
      .then(({ reply, errors }) => sendReply(response, reply, { request: context, errors }))
      .catch((error: unknown) => {
        app.onInternalError(error)
        if (response.headersSent) {
          response.destroy()
          return
        }
        response.statusCode = 500
        response.setHeader('Content-Type', 'text/html; charset=utf-8')
        response.end(internalErrorPage())
      })
  }
}

import type { z } from 'zod'
import type { Reply } from './reply.js'
import type { RequestContext } from './request-context.js'

export interface RouteInput<Q, B> {
  query: Q
  body: B
  /** Named groups of the path pattern, e.g. `{ asin }` for `/dp/<asin>`. */
  params: Record<string, string>
}

export interface Route {
  method: 'GET' | 'POST'
  /** An exact path, or a pattern whose named groups become `params`. */
  path: string | RegExp
  /** How validation failures are answered: a page for people, JSON for the API. */
  errors: 'html' | 'json'
  query: z.ZodType | undefined
  body: z.ZodType | undefined
  handle(input: RouteInput<unknown, unknown>, context: RequestContext): Reply | Promise<Reply>
}

/** Declares a route with its query and body schemas; the router validates both before `handle` runs. */
export function defineRoute<Q = Record<string, never>, B = Record<string, never>>(spec: {
  method: 'GET' | 'POST'
  path: string | RegExp
  errors?: 'html' | 'json'
  query?: z.ZodType<Q>
  body?: z.ZodType<B>
  handle(input: RouteInput<Q, B>, context: RequestContext): Reply | Promise<Reply>
}): Route {
  return {
    method: spec.method,
    path: spec.path,
    errors: spec.errors ?? 'html',
    query: spec.query,
    body: spec.body,
    handle: spec.handle as Route['handle'],
  }
}

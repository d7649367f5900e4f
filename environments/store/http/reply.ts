/** What a route answers; the server turns each kind into a response (see send-reply.ts). */
export type Reply =
  | { kind: 'html'; status: number; body: string }
  /** 303 See Other: the answer to every successful form POST, so reloading never posts twice. */
  | { kind: 'redirect'; location: string }
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'asset'; contentType: string; body: Buffer | string; maxAgeSeconds: number }
  /** A 4xx page (or JSON for API routes) with a message for the shopper. */
  | { kind: 'error'; status: ErrorStatus; message: string; allow?: readonly string[] }

export type ErrorStatus = 400 | 404 | 405 | 409 | 413 | 415

export const htmlReply = (body: string, status = 200): Reply => ({ kind: 'html', status, body })
export const redirect = (location: string): Reply => ({ kind: 'redirect', location })
export const errorReply = (status: ErrorStatus, message: string): Reply => ({
  kind: 'error',
  status,
  message,
})

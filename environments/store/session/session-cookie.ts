import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'shopsim-session'
const COOKIE_PATTERN = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{22})$/

/**
 * Session ids travel in a cookie as `<id>.<signature>`; the signature (HMAC with a secret made when
 * the store starts) proves the store issued the id, so a forged or stale cookie is simply not a session.
 */
export class SessionCookies {
  private readonly secret = randomBytes(32)

  issue(): { id: string; value: string } {
    const id = randomBytes(16).toString('hex')
    return { id, value: `${id}.${this.sign(id)}` }
  }

  /** The session id a cookie value carries, or undefined when it is malformed or not signed by us. */
  verify(value: string | undefined): string | undefined {
    const match = value === undefined ? null : COOKIE_PATTERN.exec(value)
    if (!match) return undefined
    const [, id = '', signature = ''] = match
    const expected = Buffer.from(this.sign(id))
    const given = Buffer.from(signature)
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret).update(id).digest('base64url').slice(0, 22)
  }
}

/** `Set-Cookie` for a session: whole site, not readable by page scripts, sent on top-level navigations. */
export function sessionCookieHeader(value: string): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax`
}

/** The value of one cookie in a `Cookie` header, if present. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

import { createHash } from 'node:crypto'

// RFC 4122's URL namespace: the names we hash are session ids plus a step number.
const NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex')

/** A UUID (version 5, SHA-1 of a namespace and `name`): stable across runs, unlike a random v4. */
export function uuidFor(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The action id of a step: a UUID of the session id and the step's position. */
export function actionIdFor(sessionId: string, stepIdx: number): string {
  return uuidFor(`${sessionId}#${stepIdx}`)
}

const ASIN_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** An ASIN-shaped id (`B0` + 8 characters) for an invented product, derived from `key`. */
export function asinFor(key: string): string {
  const digest = createHash('sha256').update(key, 'utf8').digest()
  let id = 'B0'
  for (let i = 0; i < 8; i++) id += ASIN_ALPHABET[(digest[i] ?? 0) % ASIN_ALPHABET.length]
  return id
}

/** The start and end times an OPeRA session id embeds: `{user}_{startISO}_{endISO}`. */
export function sessionTimes(sessionId: string): { start: number; end: number } {
  const parts = sessionId.split('_')
  const start = Date.parse(parts[1] ?? '')
  const end = Date.parse(parts[2] ?? '')
  if (parts.length !== 3 || Number.isNaN(start) || Number.isNaN(end) || end < start) {
    throw new Error(`session id ${sessionId} does not embed a start and an end time`)
  }
  return { start, end }
}

/**
 * Timestamps for `count` steps spread evenly strictly inside the session's time span (a single step
 * sits in the middle), in OPeRA's millisecond ISO form.
 */
export function spreadTimestamps(sessionId: string, count: number): string[] {
  const { start, end } = sessionTimes(sessionId)
  return Array.from({ length: count }, (_, k) =>
    new Date(start + Math.round(((end - start) * (k + 1)) / (count + 1))).toISOString(),
  )
}

import type { IncomingMessage } from 'node:http'

/** Forms here are a few fields; anything larger is refused. */
export const MAX_BODY_BYTES = 16 * 1024

export type BodyResult =
  | { kind: 'form'; params: URLSearchParams }
  | { kind: 'too-large' }
  | { kind: 'unsupported'; contentType: string }

/** Reads an `application/x-www-form-urlencoded` body (what HTML forms send), up to MAX_BODY_BYTES. */
export function readFormBody(request: IncomingMessage): Promise<BodyResult> {
  const contentType = (request.headers['content-type'] ?? 'application/x-www-form-urlencoded')
    .split(';')[0]
    ?.trim()
  const declared = Number(request.headers['content-length'] ?? 0)
  return new Promise((resolve, reject) => {
    if (contentType !== 'application/x-www-form-urlencoded') {
      request.resume()
      resolve({ kind: 'unsupported', contentType: contentType ?? '' })
      return
    }
    if (declared > MAX_BODY_BYTES) {
      request.resume()
      resolve({ kind: 'too-large' })
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    request.on('data', (chunk: Buffer) => {
      if (settled) return
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        settled = true
        resolve({ kind: 'too-large' })
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => {
      if (settled) return
      settled = true
      resolve({ kind: 'form', params: new URLSearchParams(Buffer.concat(chunks).toString('utf8')) })
    })
    request.on('error', (error) => {
      if (!settled) reject(error)
    })
  })
}

import { describe, expect, it } from 'vitest'
import { backoffDelayMs, DEFAULT_BACKOFF, retryAfterMs } from './backoff.js'

const NOW = Date.UTC(2030, 0, 1, 0, 0, 0)
const headers = (entries: Record<string, string>) => new Headers(entries)

describe('backoffDelayMs', () => {
  it('draws below a ceiling that doubles each retry, up to the maximum', () => {
    const options = { ...DEFAULT_BACKOFF, baseDelayMs: 100, maxDelayMs: 1_000 }
    const almostOne = () => 0.999_999
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelayMs(retry, options, almostOne))).toEqual([
      99, 199, 399, 799, 999, 999,
    ])
    expect(backoffDelayMs(3, options, () => 0)).toBe(0)
  })
})

describe('retryAfterMs', () => {
  it('reads seconds, retry-after-ms first, and HTTP dates against now', () => {
    expect(retryAfterMs(headers({ 'retry-after': '2' }), NOW, 60_000)).toBe(2_000)
    expect(retryAfterMs(headers({ 'retry-after': '0.5' }), NOW, 60_000)).toBe(500)
    expect(retryAfterMs(headers({ 'retry-after': '2', 'retry-after-ms': '150' }), NOW, 60_000)).toBe(150)
    const date = new Date(NOW + 7_000).toUTCString()
    expect(retryAfterMs(headers({ 'retry-after': date }), NOW, 60_000)).toBe(7_000)
  })

  it('caps long waits, floors past dates at zero, and ignores what it cannot read', () => {
    expect(retryAfterMs(headers({ 'retry-after': '86400' }), NOW, 60_000)).toBe(60_000)
    expect(retryAfterMs(headers({ 'retry-after': new Date(NOW - 9_000).toUTCString() }), NOW, 60_000)).toBe(0)
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), NOW, 60_000)).toBeUndefined()
    expect(retryAfterMs(headers({ 'retry-after': '-3' }), NOW, 60_000)).toBeUndefined()
    expect(retryAfterMs(headers({}), NOW, 60_000)).toBeUndefined()
    expect(retryAfterMs(undefined, NOW, 60_000)).toBeUndefined()
  })
})

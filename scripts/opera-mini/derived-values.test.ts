import { describe, expect, it } from 'vitest'
import { actionIdFor, asinFor, sessionTimes, spreadTimestamps, uuidFor } from './derived-values.js'

const SESSION = '7f0c8207-6a6f-49cd-9d7e-17987cfafcb9_2025-04-14T18:29:49.266000Z_2025-04-14T18:31:54.218000Z'

describe('derived values', () => {
  it('makes RFC 4122 version-5 UUIDs in the URL namespace', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'http://www.example.com/')
    expect(uuidFor('http://www.example.com/')).toBe('fcde3c85-2270-590f-9e7c-ee003d65e0e2')
    expect(uuidFor('x')).not.toBe(uuidFor('y'))
    expect(actionIdFor(SESSION, 0)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(actionIdFor(SESSION, 0)).not.toBe(actionIdFor(SESSION, 1))
  })

  it('makes ASIN-shaped ids', () => {
    expect(asinFor('some title')).toMatch(/^B0[0-9A-Z]{8}$/)
    expect(asinFor('some title')).toBe(asinFor('some title'))
  })

  it('reads the start and end time out of a session id', () => {
    expect(sessionTimes(SESSION)).toEqual({
      start: Date.parse('2025-04-14T18:29:49.266Z'),
      end: Date.parse('2025-04-14T18:31:54.218Z'),
    })
    expect(() => sessionTimes('no-times')).toThrow(/does not embed/)
  })

  it('spreads timestamps evenly strictly inside the session', () => {
    expect(spreadTimestamps(SESSION, 1)).toEqual(['2025-04-14T18:30:51.742Z'])
    const three = spreadTimestamps(SESSION, 3).map(Date.parse)
    const { start, end } = sessionTimes(SESSION)
    expect(three[0]).toBeGreaterThan(start)
    expect(three[2]).toBeLessThan(end)
    expect((three[1] ?? 0) - (three[0] ?? 0)).toBeCloseTo((three[2] ?? 0) - (three[1] ?? 0), -1)
  })
})

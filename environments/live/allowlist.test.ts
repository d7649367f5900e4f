import { describe, expect, it } from 'vitest'
import { allowlistMatcher, notCertainlyAllowedPattern } from './allowlist.js'

describe('allowlistMatcher', () => {
  const allowed = allowlistMatcher(['http://127.0.0.1:8080', '*.amazon.com'])

  it('allows listed origins and hosts under a wildcard', () => {
    expect(allowed('http://127.0.0.1:8080/s?k=tent')).toBe(true)
    expect(allowed('https://www.amazon.com/dp/B0')).toBe(true)
    expect(allowed('https://amazon.com/')).toBe(true)
    expect(allowed('data:text/html,hi')).toBe(true)
    expect(allowed('about:blank')).toBe(true)
  })

  it('refuses everything else, including look-alikes', () => {
    expect(allowed('http://127.0.0.1:8081/')).toBe(false)
    expect(allowed('https://127.0.0.1:8080/')).toBe(false)
    expect(allowed('https://evilamazon.com/')).toBe(false)
    expect(allowed('https://amazon.com.evil.org/')).toBe(false)
    expect(allowed('file:///etc/passwd')).toBe(false)
    expect(allowed('ws://www.amazon.com/')).toBe(false)
    expect(allowed('not a url')).toBe(false)
  })

  it('routes only URLs outside the listed origins to the handler', () => {
    const routed = notCertainlyAllowedPattern(['http://127.0.0.1:8080', '*.amazon.com'])
    expect(routed.test('http://127.0.0.1:8080/s?k=tent')).toBe(false)
    expect(routed.test('http://127.0.0.1:8080')).toBe(false)
    expect(routed.test('http://127.0.0.1:8080?x')).toBe(false)
    // Everything else reaches the handler, which allows host patterns and data: itself.
    for (const url of [
      'http://127.0.0.1:80800/',
      'http://127.0.0.1:8080.evil.org/',
      'http://127.0.0.1:8080@evil.org/',
      'https://127.0.0.1:8080/',
      'https://www.amazon.com/dp/B0',
      'data:text/html,hi',
    ])
      expect(routed.test(url), url).toBe(true)
    expect(notCertainlyAllowedPattern(['*.amazon.com']).test('https://www.amazon.com/')).toBe(true)
  })
})

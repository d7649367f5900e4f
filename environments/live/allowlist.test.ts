import { describe, expect, it } from 'vitest'
import { allowlistMatcher, directConnectionRules } from './allowlist.js'

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

  it('turns the allowlist into Chromium bypass rules: exact origins, pattern hosts over http(s)', () => {
    expect(
      directConnectionRules([
        'http://127.0.0.1:8080',
        'https://www.amazon.com',
        '*.Media-Amazon.com',
        'http://[::1]:9',
      ]),
    ).toEqual([
      'http://127.0.0.1:8080',
      'https://www.amazon.com:443',
      'http://media-amazon.com',
      'http://*.media-amazon.com',
      'https://media-amazon.com',
      'https://*.media-amazon.com',
      'http://[::1]:9',
    ])
  })
})

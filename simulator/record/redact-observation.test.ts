import { describe, expect, it } from 'vitest'
import type { LiveObservation } from '../../environments/live.js'
import { redactObservation } from './redact-observation.js'

function observed(secret: string): LiveObservation {
  return {
    observation: {
      url: `http://127.0.0.1:8080/login?code=${encodeURIComponent(secret)}`,
      html: `<html><body><input name="login.password" type="password" value="${secret}"><span name="echo">${secret}</span><input name="login.user" value="sam"></body></html>`,
      pageMeta: { search_term: [{ term: secret }], cart_items: [] },
      viewport: { width: 1280, height: 800 },
      elements: [
        { name: 'login.password', tag: 'input', text: secret, visible: true },
        { name: 'login.user', tag: 'input', text: 'sam', visible: true },
      ],
      screenshot: { width: 1280, height: 800 },
    },
    screenshot: { bytes: new Uint8Array([0xff, 0xd8]), width: 1280, height: 800 },
    elementMeta: { login: { typed: [secret] } },
    recipe: 'test',
    warnings: [],
    blockedRequests: [],
  }
}

describe('redactObservation', () => {
  it('replaces a secret in its own field, the element table, the URL, page_meta and element_meta', () => {
    const seen = redactObservation(observed('hunter2 pass'), [
      { name: 'login.password', value: 'hunter2 pass' },
    ])
    expect(JSON.stringify(seen.observation)).not.toContain('hunter2')
    expect(JSON.stringify(seen.elementMeta)).not.toContain('hunter2')
    expect(seen.observation.html).toContain(
      '<input name="login.password" type="password" value="[redacted]">',
    )
    expect(seen.observation.html).toContain('<input name="login.user" value="sam">')
    expect(seen.observation.url).toBe('http://127.0.0.1:8080/login?code=[redacted]')
    expect(seen.observation.elements?.map((e) => e.text)).toEqual(['[redacted]', 'sam'])
    expect(seen.screenshot).toBe(seen.screenshot)
  })

  it('redacts a short secret only in its own field, where replacing it elsewhere would garble the page', () => {
    const seen = redactObservation(observed('12'), [{ name: 'login.password', value: '12' }])
    expect(seen.observation.html).toContain('type="password" value="[redacted]"')
    expect(seen.observation.html).toContain('<span name="echo">12</span>')
    expect(seen.observation.elements?.[0]?.text).toBe('[redacted]')
  })

  it('leaves an observation without secrets as it is', () => {
    const seen = observed('nothing')
    expect(redactObservation(seen, [])).toBe(seen)
  })
})

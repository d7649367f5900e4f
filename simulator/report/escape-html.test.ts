import { describe, expect, it } from 'vitest'
import { escapeHtml, html, SafeHtml, trusted } from './escape-html.js'

describe('escapeHtml', () => {
  it('escapes every character that can open markup or leave a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;',
    )
    expect(escapeHtml('plain text, ünïcödé')).toBe('plain text, ünïcödé')
  })
})

describe('html', () => {
  it('escapes interpolated text in content and attributes, and keeps nested templates', () => {
    const name = '"><script>alert(1)</script>'
    const inner = html`<b>${name}</b>`
    const out = html`<p title="${name}">${inner}${[1, ' & ', 2]}</p>`
    expect(out).toBeInstanceOf(SafeHtml)
    expect(out.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"><b>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</b>1 &amp; 2</p>',
    )
  })

  it('renders nothing-values as nothing, numbers as text', () => {
    expect(html`[${undefined}${null}${false}${true}${0}]`.value).toBe('[0]')
  })

  it('does not trust a string that looks like markup, only SafeHtml', () => {
    const looksSafe = '<b>bold</b>'
    expect(html`${looksSafe}`.value).toBe('&lt;b&gt;bold&lt;/b&gt;')
    expect(html`${trusted(looksSafe)}`.value).toBe('<b>bold</b>')
  })
})

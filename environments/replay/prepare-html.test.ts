import { describe, expect, it } from 'vitest'
import { DEFAULT_STYLESHEET } from './default-stylesheet.js'
import { MAX_HTML_CHARS, prepareHtml } from './prepare-html.js'

describe('prepareHtml', () => {
  it('puts the default stylesheet first, in standards mode', () => {
    const { html, warnings } = prepareHtml('<div name="a">a</div>')
    expect(html.startsWith(`<!doctype html><style>${DEFAULT_STYLESHEET}</style>`)).toBe(true)
    expect(html.endsWith('<div name="a">a</div>')).toBe(true)
    expect(warnings).toEqual([])
  })

  it('renames selects, in any case, so their named children survive parsing', () => {
    const { html } = prepareHtml(
      '<SELECT name="s"><span name="s.open_drop_down_list">Qty</span></Select><selection>',
    )
    expect(html).toContain(
      '<shopsim-select name="s"><span name="s.open_drop_down_list">Qty</span></shopsim-select>',
    )
    expect(html).toContain('<selection>')
  })

  it('disarms meta refreshes and base URLs', () => {
    const { html } = prepareHtml(
      '<meta http-equiv="refresh" content="0; url=http://x/"><base href="http://x/">',
    )
    expect(html).not.toMatch(/<meta|<base/i)
    expect(html).toContain('<shopsim-meta http-equiv')
  })

  it('warns about empty pages and cuts enormous ones', () => {
    expect(prepareHtml(undefined).warnings).toEqual(['empty_html'])
    expect(prepareHtml('  \n').warnings).toEqual(['empty_html'])
    const cut = prepareHtml('x'.repeat(MAX_HTML_CHARS + 10))
    expect(cut.warnings).toEqual(['html_truncated'])
    expect(cut.html.length).toBeLessThan(MAX_HTML_CHARS + DEFAULT_STYLESHEET.length + 100)
  })
})

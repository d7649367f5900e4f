import { DEFAULT_STYLESHEET } from './default-stylesheet.js'

/** Above this many characters a page is cut: the rest would only cost time, never change grounding much. */
export const MAX_HTML_CHARS = 16 * 1024 * 1024

/** What a `<select>` becomes: parsers drop a real select's non-option children, and with them their names. */
export const SELECT_STAND_IN = 'shopsim-select'

export interface PreparedHtml {
  html: string
  warnings: string[]
}

// `<select ...>` / `</select>`, any case; the lookahead keeps `<selection>` and the like untouched.
const SELECT_TAG = /<(\/?)select(?=[\s/>])/gi
// `<meta>` can refresh or redirect and `<base>` can re-point links: neither is content, so both are disarmed.
const REDIRECTING_TAG = /<(\/?)(meta|base)(?=[\s/>])/gi

/**
 * Turns a recorded simplified page into what the renderer loads: the default stylesheet first, selects
 * renamed so their named children survive parsing, meta refreshes disarmed, enormous pages cut.
 */
export function prepareHtml(raw: string | undefined): PreparedHtml {
  const warnings: string[] = []
  let html = raw ?? ''
  if (html.trim() === '') warnings.push('empty_html')
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS)
    warnings.push('html_truncated')
  }
  html = html
    .replace(SELECT_TAG, (_match, slash: string) => `<${slash}${SELECT_STAND_IN}`)
    .replace(REDIRECTING_TAG, (_match, slash: string, tag: string) => `<${slash}shopsim-${tag.toLowerCase()}`)
  return { html: `<!doctype html><style>${DEFAULT_STYLESHEET}</style>${html}`, warnings }
}

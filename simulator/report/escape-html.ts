/**
 * The report's only way to put text into HTML. Every template is an `html` tagged template: each
 * interpolated value is escaped unless it is already `SafeHtml` (the output of another `html` template),
 * so dataset text (names, rationales, URLs, persona text, page HTML shown in attributes) can never become
 * markup, whatever it holds.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** What a template may interpolate: text is escaped, SafeHtml is kept, nothing-values render as nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] as string)
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false || value === true) return ''
  return escapeHtml(String(value))
}

/** Builds markup from a template whose interpolations are escaped (see SafeHtml). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '')
  return new SafeHtml(out)
}

/**
 * Markup written by this module itself (CSS, the filter script, SVG path data computed from numbers).
 * Never pass it text that came from data.
 */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

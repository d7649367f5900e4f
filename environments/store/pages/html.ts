/** Markup that is already safe to emit; only `html` and `raw` make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[]

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const NEEDS_ESCAPE = /[&<>"']/
const TO_ESCAPE = /[&<>"']/g

export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (c) => ESCAPES[c] ?? c) : text
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false || value === true) return ''
  return escapeHtml(String(value))
}

/**
 * Template tag for pages: every interpolated string is escaped (shoppers' queries are echoed back),
 * nested `html` fragments and arrays of them are inserted as they are, and null/false/true vanish.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '')
  return new SafeHtml(out)
}

/** Trusted markup from this code base (the stylesheet, inline SVG). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

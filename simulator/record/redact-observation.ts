import type { LiveObservation } from '../../environments/live.js'
import { REDACTED } from './page-messages.js'
import type { SecretValue } from './secret-fields.js'

/** Shorter secrets are redacted in their own field only: replacing "12" everywhere would garble prices. */
const MIN_SCRUBBED_LENGTH = 4

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every spelling a secret may take in an observation: as typed, URL-encoded, HTML- and JSON-escaped. */
function spellings(value: string): string[] {
  const encoded = encodeURIComponent(value)
  const all = [
    value,
    encoded,
    encoded.replace(/%20/g, '+'),
    escapeHtml(value),
    JSON.stringify(value).slice(1, -1),
  ]
  return [...new Set(all)].sort((a, b) => b.length - a.length)
}

function scrubDeep(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value)
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, scrub))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, scrub)]))
  return value
}

/** The `value` attribute of the named field's own tag in the simplified HTML. */
function redactFieldValue(html: string, name: string): string {
  const tag = new RegExp(`<(?:input|textarea)\\b[^>]*\\bname="${escapeRegExp(escapeHtml(name))}"[^>]*>`, 'g')
  return html.replace(tag, (found) => found.replace(/\bvalue="[^"]*"/, `value="${REDACTED}"`))
}

/**
 * An observation with the text of secret fields replaced by `[redacted]`: the field's own value and
 * element text wherever it is, and every other occurrence (page_meta, URL, element_meta) of a secret long
 * enough to be told from ordinary text. Screenshots are masked in the page (dots), not here.
 */
export function redactObservation(seen: LiveObservation, secrets: readonly SecretValue[]): LiveObservation {
  if (secrets.length === 0) return seen
  const fields = new Set(secrets.flatMap((secret) => (secret.name === null ? [] : [secret.name])))
  const variants = [
    ...new Set(
      secrets.filter((s) => s.value.length >= MIN_SCRUBBED_LENGTH).flatMap((s) => spellings(s.value)),
    ),
  ]
  const scrub = (text: string) => variants.reduce((out, variant) => out.split(variant).join(REDACTED), text)
  const { observation } = seen
  let html = observation.html
  if (html !== undefined) {
    for (const name of fields) html = redactFieldValue(html, name)
    html = scrub(html)
  }
  return {
    ...seen,
    observation: {
      ...observation,
      ...(observation.url !== undefined && { url: scrub(observation.url) }),
      ...(html !== undefined && { html }),
      ...(observation.pageMeta !== undefined && {
        pageMeta: scrubDeep(observation.pageMeta, scrub) as typeof observation.pageMeta,
      }),
      ...(observation.elements !== undefined && {
        elements: observation.elements.map((element) => ({
          ...element,
          text: fields.has(element.name) && element.text !== '' ? REDACTED : scrub(element.text),
        })),
      }),
    },
    elementMeta: scrubDeep(seen.elementMeta, scrub) as LiveObservation['elementMeta'],
  }
}

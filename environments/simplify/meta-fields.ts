import type { PageMeta } from '../../traces/schema/observation.js'
import type { MatchedElement, ProbeValue } from './match-plan.js'
import type { MetaField, PageMetaSpec } from './recipe-schema.js'
import { collapseWhitespace, slugify } from './slug.js'

export type MetaValue = string | number | null | MetaValue[]
export type MetaRecord = Record<string, MetaValue>

const PARSERS = {
  text: (raw) => collapseWhitespace(raw),
  slug: (raw) => slugify(raw),
  // "$1,234.56" -> 1234.56; the first amount wins ("$35.99 List Price: $45.99").
  price: (raw) => {
    const found = raw.replace(/,/g, '').match(/\d+(?:\.\d+)?/)
    return found === null ? null : Number(found[0])
  },
  // "4.5 out of 5 stars" -> 4.5
  number: (raw) => {
    const found = raw.match(/-?\d+(?:\.\d+)?/)
    return found === null ? null : Number(found[0])
  },
  // "(2,727)" -> 2727
  integer: (raw) => {
    const found = raw.replace(/,/g, '').match(/\d+/)
    return found === null ? null : Number(found[0])
  },
  url: (raw, base) => {
    try {
      return base === undefined ? raw : new URL(raw, base).href
    } catch {
      return raw
    }
  },
} satisfies Record<NonNullable<MetaField['parse']>, (raw: string, base: string | undefined) => MetaValue>

export function parseMetaValue(value: ProbeValue, field: MetaField, base: string | undefined): MetaValue {
  const parse = PARSERS[field.parse ?? 'text']
  if (value === null) return null
  if (Array.isArray(value)) return value.map((one) => parse(one, base))
  return parse(value, base)
}

/** A record of fields read from probes that start at `offset` in the element's probe list. */
export function metaRecord(
  fields: Record<string, MetaField>,
  matched: MatchedElement,
  offset: number,
  base: string | undefined,
): MetaRecord {
  const record: MetaRecord = {}
  Object.entries(fields).forEach(([key, field], index) => {
    record[key] = parseMetaValue(matched.probes[offset + index] ?? null, field, base)
  })
  return record
}

export function buildPageMeta(
  specs: readonly PageMetaSpec[],
  matches: MatchedElement[][],
  base: string | undefined,
): PageMeta {
  const pageMeta: PageMeta = {}
  specs.forEach((spec, index) => {
    pageMeta[spec.key] = (matches[index] ?? []).map((matched) => metaRecord(spec.fields, matched, 0, base))
  })
  return pageMeta
}

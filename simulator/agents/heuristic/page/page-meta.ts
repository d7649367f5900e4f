import type { PageMeta } from '../../../../traces/schema/observation.js'

/** The records of one page_meta key; anything that is not a list of objects reads as none. */
export function metaRecords(meta: PageMeta, key: string): Record<string, unknown>[] {
  const value = meta[key]
  if (!Array.isArray(value)) return []
  return value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
}

/**
 * The first value of a field among a key's records. OPeRA splits one product's details over several
 * one-field records (`[{title}, {price}]`) where the store writes one record, so both read the same way.
 */
export function metaField(meta: PageMeta, key: string, field: string): unknown {
  return metaRecords(meta, key).find((r) => r[field] !== undefined && r[field] !== '')?.[field]
}

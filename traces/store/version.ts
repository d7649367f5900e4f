import { ShopsimError } from '../errors.js'

/** The version written into run.json, session.json and every steps.jsonl line. */
export const STORE_VERSION = 1

export type JsonRecord = Record<string, unknown>
export type Migration = (old: JsonRecord) => JsonRecord
/** `migrations[n]` turns a version-n record into a version-(n + 1) one. */
export type Migrations = Readonly<Record<number, Migration>>

/**
 * Brings a record read from disk up to `current` by applying migrations in order.
 * A record without `version` predates the field: it is version 0.
 */
export function upgradeRecord(
  record: unknown,
  migrations: Migrations,
  where: string,
  current: number = STORE_VERSION,
): JsonRecord {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new ShopsimError(
      'E_RUN_DIR',
      `${where} is not a JSON object`,
      'The file was not written by shopsim.',
    )
  }
  let value = record as JsonRecord
  const version = 'version' in value ? value.version : 0
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new ShopsimError('E_RUN_DIR', `${where} has an invalid version ${JSON.stringify(version)}`)
  }
  if (version > current) {
    throw new ShopsimError(
      'E_RUN_VERSION',
      `${where} has version ${version}; this shopsim reads up to version ${current}`,
      'Upgrade shopsim to read this run directory.',
    )
  }
  for (let from = version; from < current; from++) {
    const migrate = migrations[from]
    if (!migrate) {
      throw new ShopsimError('E_RUN_VERSION', `${where}: no migration from version ${from}`)
    }
    // Set the version here so a migration cannot forget it.
    value = { ...migrate(value), version: from + 1 }
  }
  return value
}

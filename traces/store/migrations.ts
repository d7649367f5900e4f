import type { JsonRecord, Migrations } from './version.js'

/**
 * Version 0 is the pre-release format, written before records carried `version`:
 * - steps.jsonl lines kept the HTML inline in `observation.html`, the screenshot as a bare path string in
 *   `observation.screenshot`, and one optional `error` string instead of the `errors` array;
 * - run.json and session.json had the version 1 fields without `version`.
 * Version 1 still accepts inline HTML, so the step migration leaves it where it is.
 */
const stepFrom0 = (old: JsonRecord): JsonRecord => {
  const { error, ...rest } = old
  const observation = isRecord(old.observation) ? { ...old.observation } : {}
  if (typeof observation.screenshot === 'string') observation.screenshot = { file: observation.screenshot }
  const errors = typeof error === 'string' ? [{ code: 'E_V0_ERROR', message: error }] : []
  return { ...rest, observation, errors: Array.isArray(old.errors) ? old.errors : errors }
}

const unchanged = (old: JsonRecord): JsonRecord => old

export const stepMigrations: Migrations = { 0: stepFrom0 }
export const sessionMigrations: Migrations = { 0: unchanged }
export const runMigrations: Migrations = { 0: unchanged }

/** Every record kind of a run directory with its migrations; a test checks each covers 0..current-1. */
export const migrations = { run: runMigrations, session: sessionMigrations, step: stepMigrations } as const

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { ShopsimError } from '../errors.js'
import { type Migrations, upgradeRecord } from './version.js'

/**
 * Reads one JSON record file (run.json, session.json), upgrades it and validates it.
 * Returns undefined when the file does not exist.
 */
export async function readRecord<S extends z.ZodType>(
  path: string,
  schema: S,
  migrations: Migrations,
): Promise<z.infer<S> | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw new ShopsimError('E_RUN_DIR', `${path} cannot be read: ${String(error)}`, undefined, {
      cause: error,
    })
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ShopsimError('E_RUN_DIR', `${path} is not valid JSON`, 'Restore the file or remove it.', {
      cause: error,
    })
  }
  const parsed = schema.safeParse(upgradeRecord(value, migrations, path))
  if (!parsed.success) {
    throw new ShopsimError('E_RUN_DIR', `${path} does not match its schema: ${parsed.error.message}`)
  }
  return parsed.data
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}

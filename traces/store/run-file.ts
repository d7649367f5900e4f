import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ShopsimError } from '../errors.js'
import { writeFileAtomic } from './atomic-write.js'
import { RUN_FILE, SESSIONS_DIR } from './layout.js'
import { runMigrations } from './migrations.js'
import { isNotFound, readRecord } from './read-record.js'
import { type RunInfo, RunInfoSchema } from './records.js'
import { STORE_VERSION } from './version.js'

export function readRunInfo(root: string): Promise<RunInfo | undefined> {
  return readRecord(join(root, RUN_FILE), RunInfoSchema, runMigrations)
}

export interface NewRun {
  kind: string
  createdAt: string
  toolVersion: string
  options: Record<string, unknown>
  meta: Record<string, unknown>
}

/** Creates the run directory; refuses a non-empty directory that is not one, so nothing is scribbled over. */
export async function createRun(root: string, run: NewRun, durable: boolean): Promise<RunInfo> {
  const entries = await readdir(root).catch((error: unknown) => {
    if (isNotFound(error)) return []
    throw error
  })
  if (entries.length > 0) {
    throw new ShopsimError(
      'E_RUN_DIR',
      `${root} is not empty and has no ${RUN_FILE}`,
      'Choose a new or empty directory for the run.',
    )
  }
  await mkdir(join(root, SESSIONS_DIR), { recursive: true })
  const info = RunInfoSchema.parse({ version: STORE_VERSION, ...run })
  await writeFileAtomic(join(root, RUN_FILE), `${JSON.stringify(info, null, 2)}\n`, durable)
  return info
}

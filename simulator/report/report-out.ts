import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ShopsimError } from '../../traces/errors.js'
import { isInside } from '../../traces/store/safe-path.js'

/** Marks a folder as a shopsim report, so a re-run may replace it and nothing else. */
export const REPORT_MARKER = 'report.json'
export const INDEX_FILE = 'index.html'
export const SESSIONS_FOLDER = 'sessions'

async function entriesOf(dir: string): Promise<string[] | undefined> {
  const info = await stat(dir).catch(() => undefined)
  if (info === undefined) return undefined
  if (!info.isDirectory())
    throw new ShopsimError('E_REPORT_OUT', `${dir} exists and is not a directory`, 'Choose another --out.')
  return readdir(dir)
}

/**
 * Makes `out` ready for a fresh report: created when absent, emptied of an earlier report's files when it
 * holds one (so sessions no longer in the run leave no stale pages), and refused when it holds anything else.
 */
export async function prepareReportDir(out: string, runDir: string): Promise<string> {
  const dir = resolve(out)
  const run = resolve(runDir)
  if (dir === run || isInside(join(run, SESSIONS_FOLDER), dir)) {
    throw new ShopsimError(
      'E_REPORT_OUT',
      `${dir} is the run directory or inside its sessions`,
      'Write the report to a folder of its own, e.g. --out reports/<run name>.',
    )
  }
  const entries = await entriesOf(dir)
  if (entries !== undefined && entries.length > 0) {
    if (!entries.includes(REPORT_MARKER)) {
      throw new ShopsimError(
        'E_REPORT_OUT',
        `${dir} is not empty and holds no shopsim report`,
        'Choose a new or empty --out; an earlier report there is replaced, other files never are.',
      )
    }
    for (const name of [SESSIONS_FOLDER, INDEX_FILE, REPORT_MARKER])
      await rm(join(dir, name), { recursive: true, force: true })
  }
  await mkdir(join(dir, SESSIONS_FOLDER), { recursive: true })
  return dir
}

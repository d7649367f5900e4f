import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { ShopsimError } from '../errors.js'
import { readManifest } from './manifest.js'

const STATE_FILE = 'export-state.json'
/** Folders of the work directory that never reach the export. */
export const CHUNKS_DIR = 'chunks'

export interface WorkDir {
  /** Where the export is built: beside the destination, so the final rename stays on one file system. */
  path: string
  /** The destination. */
  out: string
  /** True when an interrupted export with the same fingerprint is being continued. */
  resumed: boolean
}

/** `<parent>/.<name>.export-partial` and `.export-old`: hidden siblings of the destination. */
function siblings(out: string): { partial: string; old: string } {
  const parent = dirname(out)
  const name = basename(out)
  return { partial: join(parent, `.${name}.export-partial`), old: join(parent, `.${name}.export-old`) }
}

/**
 * Refuses a destination that holds anything but an earlier export (or nothing): replacing it would
 * delete someone's files.
 */
export async function checkDestination(out: string): Promise<'absent' | 'empty' | 'export'> {
  if (!existsSync(out)) return 'absent'
  if (!statSync(out).isDirectory()) {
    throw new ShopsimError('E_EXPORT_OUT', `${out} exists and is not a directory`, 'Choose a new --out.')
  }
  if (readdirSync(out).length === 0) return 'empty'
  if ((await readManifest(out)) !== undefined) return 'export'
  throw new ShopsimError(
    'E_EXPORT_OUT',
    `${out} is not empty and holds no shopsim export (no manifest.json)`,
    'Choose a new or empty --out; an earlier export there would be replaced, anything else is kept.',
  )
}

/**
 * Opens the folder an export is built in. With `resume`, an interrupted export of the same fingerprint
 * is continued (a different one is refused); without it, anything left is discarded.
 */
export async function openWorkDir(outPath: string, fingerprint: string, resume: boolean): Promise<WorkDir> {
  const out = resolve(outPath)
  const { partial } = siblings(out)
  if (existsSync(partial)) {
    const previous = await readState(partial)
    if (resume && previous === fingerprint) return { path: partial, out, resumed: true }
    if (resume) {
      throw new ShopsimError(
        'E_EXPORT_RESUME',
        `the interrupted export in ${partial} was made from other input or options`,
        'Run the same command as before with --resume, or leave out --resume to start over.',
      )
    }
    await rm(partial, { recursive: true, force: true })
  }
  await mkdir(partial, { recursive: true })
  await writeFile(join(partial, STATE_FILE), `${JSON.stringify({ fingerprint })}\n`)
  return { path: partial, out, resumed: false }
}

async function readState(dir: string): Promise<string | undefined> {
  try {
    const state = JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')) as { fingerprint?: unknown }
    return typeof state.fingerprint === 'string' ? state.fingerprint : undefined
  } catch {
    return undefined
  }
}

/**
 * Makes the built export the destination: work files are removed, then the folder is renamed into
 * place (an earlier export there is moved aside first and deleted after).
 */
export async function commitWorkDir(work: WorkDir): Promise<void> {
  await rm(join(work.path, CHUNKS_DIR), { recursive: true, force: true })
  await rm(join(work.path, STATE_FILE), { force: true })
  const { old } = siblings(work.out)
  await rm(old, { recursive: true, force: true })
  if (existsSync(work.out)) await rename(work.out, old)
  await rename(work.path, work.out)
  await rm(old, { recursive: true, force: true })
}

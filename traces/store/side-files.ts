import { closeSync, constants, openSync, readFileSync } from 'node:fs'
import { readdir, readFile, realpath, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ShopsimError } from '../errors.js'
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-write.js'
import {
  HTML_DIR,
  htmlFileRel,
  SCREENSHOT_EXTS,
  type ScreenshotExt,
  SHOTS_DIR,
  screenshotFileRel,
} from './layout.js'
import { isNotFound } from './read-record.js'
import { isInside, refuseUnsafePath, resolveInside } from './safe-path.js'

export interface ScreenshotFile {
  bytes: Uint8Array
  ext: ScreenshotExt
  width?: number
  height?: number
}

/** The large parts of a step, stored beside steps.jsonl instead of inline. */
export interface StepFiles {
  html?: string
  screenshot?: ScreenshotFile
}

export interface WrittenSideFiles {
  htmlFile?: string
  screenshotFile?: string
}

/** Writes a step's side files whole (temp name, then rename); returns their run-relative paths. */
export async function writeSideFiles(
  root: string,
  sessionId: string,
  index: number,
  files: StepFiles,
  durable: boolean,
): Promise<WrittenSideFiles> {
  const written: WrittenSideFiles = {}
  if (files.html !== undefined) {
    const rel = htmlFileRel(sessionId, index)
    await writeFileAtomic(resolveInside(root, rel), files.html, durable)
    written.htmlFile = rel
  }
  if (files.screenshot !== undefined) {
    const { ext, bytes } = files.screenshot
    if (!(SCREENSHOT_EXTS as readonly string[]).includes(ext)) {
      throw new ShopsimError(
        'E_UNSAFE_PATH',
        `Screenshot extension ${JSON.stringify(ext)} is not one of ${SCREENSHOT_EXTS.join(', ')}`,
      )
    }
    const rel = screenshotFileRel(sessionId, index, ext)
    await writeFileAtomic(resolveInside(root, rel), bytes, durable)
    written.screenshotFile = rel
  }
  return written
}

/** Real paths of the directories side files were read from; a run reads thousands of files from a few. */
const REAL_DIRS_KEPT = 256

/**
 * Reads the side files a run's records name. The names are data, so each must stay inside the run directory,
 * symlinks included: the real path of the file's directory must lie inside the root's, and the file itself
 * is opened without following a symlink (one that is there gets the full real-path check). Directories'
 * real paths are remembered: resolving two real paths per file cost more main-thread time than reading it.
 */
export function sideFileReader(root: string): (rel: string) => Promise<Buffer> {
  let realRoot: Promise<string> | undefined
  const realDirs = new Map<string, Promise<string>>()
  const realDir = (dir: string): Promise<string> => {
    let real = realDirs.get(dir)
    if (real === undefined) {
      real = realpath(dir)
      real.catch(() => realDirs.delete(dir))
      realDirs.set(dir, real)
      if (realDirs.size > REAL_DIRS_KEPT) realDirs.delete(realDirs.keys().next().value as string)
    }
    return real
  }
  return async (rel) => {
    const path = resolveInside(root, rel)
    try {
      realRoot ??= realpath(root)
      const rootReal = await realRoot
      if (!isInside(rootReal, join(await realDir(dirname(path)), basename(path))))
        refuseUnsafePath(root, rel, 'a symlink leads out')
      return await readNoFollow(path, async () => {
        if (!isInside(rootReal, await realpath(path))) refuseUnsafePath(root, rel, 'a symlink leads out')
      })
    } catch (error) {
      if (isNotFound(error)) {
        throw new ShopsimError(
          'E_RUN_DIR',
          `Side file ${rel} is missing from ${root}`,
          'The run directory is incomplete.',
        )
      }
      throw error
    }
  }
}

/**
 * Reads a file that is not a symlink; for one that is, `checkLink` decides before it is followed. The read is
 * synchronous: side files are small, and through libuv's pool each would wait behind the screenshot encodes
 * that an export keeps there (and cost more main-thread time in its open / stat / read / close round trips).
 */
async function readNoFollow(path: string, checkLink: () => Promise<void>): Promise<Buffer> {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error
    await checkLink()
    return readFile(path)
  }
  try {
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Removes temp files a killed writer left in a session's html/ and shots/. */
export async function sweepTempFiles(sessionDir: string): Promise<void> {
  for (const sub of [HTML_DIR, SHOTS_DIR]) {
    const dir = join(sessionDir, sub)
    let names: string[]
    try {
      names = await readdir(dir)
    } catch (error) {
      if (isNotFound(error)) continue
      throw error
    }
    for (const name of names) {
      if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX)) await rm(join(dir, name), { force: true })
    }
  }
}

import { readdir, readFile, realpath, rm } from 'node:fs/promises'
import { join } from 'node:path'
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

/** Reads a side file named by a record; the name is data, so it must stay inside the run directory. */
export async function readSideFile(root: string, rel: string): Promise<Buffer> {
  const path = resolveInside(root, rel)
  try {
    // The lexical check above cannot see symlinks; compare real paths too.
    if (!isInside(await realpath(root), await realpath(path)))
      refuseUnsafePath(root, rel, 'a symlink leads out')
    return await readFile(path)
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

import { mkdir, writeFile } from 'node:fs/promises'
import { extname, posix } from 'node:path'
import { isShopsimError } from '../../traces/errors.js'
import type { Step } from '../../traces/schema/index.js'
import { type RunDir, resolveInside, SCREENSHOT_EXTS } from '../../traces/store/index.js'
import { stepFileStem } from '../../traces/store/layout.js'

/** Folders of a session's report page, beside its index.html. */
export const SHOTS_FOLDER = 'shots'
export const PAGES_FOLDER = 'pages'

/**
 * Heads every copied page. The iframe that shows it is sandboxed (no scripts); this policy also holds when
 * someone opens the file on its own: no scripts, and nothing fetched from the network.
 */
const PAGE_PREFIX =
  '<!doctype html><meta charset="utf-8">' +
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; ` +
  `img-src data:; base-uri 'none'; form-action 'none'">\n`

/** A step's files in the report, relative to its session page, and what could not be copied. */
export interface StepAssets {
  screenshot?: string
  page?: string
  problems: string[]
  bytes: number
}

function screenshotExt(file: string): string | undefined {
  const ext = extname(file).slice(1).toLowerCase()
  return (SCREENSHOT_EXTS as readonly string[]).includes(ext) ? ext : undefined
}

/** A side file that is missing or refused is a note on the step, not the end of the report. */
async function readSide<T>(read: () => Promise<T>, what: string, problems: string[]): Promise<T | undefined> {
  try {
    return await read()
  } catch (error) {
    if (isShopsimError(error, 'E_RUN_DIR') || isShopsimError(error, 'E_UNSAFE_PATH')) {
      problems.push(`${what}: ${error.message}`)
      return undefined
    }
    throw error
  }
}

/**
 * Copies a step's screenshot and simplified HTML under `sessionDir` (the session's folder in the report,
 * named by `sessionFolderName`); the file names come from the step index, never from data.
 */
export async function copyStepAssets(run: RunDir, step: Step, sessionDir: string): Promise<StepAssets> {
  const assets: StepAssets = { problems: [], bytes: 0 }
  const stem = stepFileStem(step.index)
  const file = step.observation.screenshot?.file
  if (file !== undefined) {
    const ext = screenshotExt(file)
    const bytes =
      ext === undefined
        ? undefined
        : await readSide(() => run.readScreenshot(step), 'screenshot', assets.problems)
    if (ext === undefined)
      assets.problems.push(`screenshot: ${file} is not a ${SCREENSHOT_EXTS.join('/')} file`)
    if (bytes !== undefined && ext !== undefined) {
      const rel = posix.join(SHOTS_FOLDER, `${stem}.${ext}`)
      await mkdir(resolveInside(sessionDir, SHOTS_FOLDER), { recursive: true })
      await writeFile(resolveInside(sessionDir, rel), bytes)
      assets.screenshot = rel
      assets.bytes += bytes.byteLength
    }
  }
  const page = await readSide(() => run.readHtml(step), 'simplified HTML', assets.problems)
  if (page !== undefined && page !== '') {
    const rel = posix.join(PAGES_FOLDER, `${stem}.html`)
    const text = PAGE_PREFIX + page
    await mkdir(resolveInside(sessionDir, PAGES_FOLDER), { recursive: true })
    await writeFile(resolveInside(sessionDir, rel), text)
    assets.page = rel
    assets.bytes += Buffer.byteLength(text)
  }
  return assets
}

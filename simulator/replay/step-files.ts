import { join } from 'node:path'
import sharp from 'sharp'
import type { ReplayedStep } from '../../environments/replay/index.js'
import type { Step } from '../../traces/schema/index.js'
import { writeFileAtomic } from '../../traces/store/atomic-write.js'
import type { RunDir, ScreenshotExt, ScreenshotFile } from '../../traces/store/index.js'
import { SHOTS_DIR, stepFileStem } from '../../traces/store/layout.js'

const EXT_OF_FORMAT: Readonly<Record<string, ScreenshotExt>> = { jpeg: 'jpg', png: 'png', webp: 'webp' }

/** A source's own screenshot as a side file; undefined when its bytes are not an image we can store. */
export async function ownScreenshotFile(bytes: Uint8Array | undefined): Promise<ScreenshotFile | undefined> {
  if (bytes === undefined) return undefined
  try {
    const meta = await sharp(bytes).metadata()
    const ext = meta.format === undefined ? undefined : EXT_OF_FORMAT[meta.format]
    if (ext === undefined || meta.width === undefined || meta.height === undefined) return undefined
    return { bytes, ext, width: meta.width, height: meta.height }
  } catch {
    return undefined
  }
}

/**
 * Set-of-marks side files, beside the step's screenshot: `shots/<stem>.som.png` and
 * `shots/<stem>.marks.json` (the numbering, the scale and the scroll offset used). They are written
 * before the step's line, so a recorded step always has them.
 */
export function somFilePaths(run: RunDir, sessionId: string, index: number): { png: string; marks: string } {
  const stem = join(run.sessionDir(sessionId), SHOTS_DIR, stepFileStem(index))
  return { png: `${stem}.som.png`, marks: `${stem}.marks.json` }
}

export async function writeSomFiles(run: RunDir, step: Step, replayed: ReplayedStep): Promise<void> {
  if (replayed.som === undefined) return
  const paths = somFilePaths(run, step.sessionId, step.index)
  await writeFileAtomic(paths.png, replayed.som.bytes, false)
  const marks = {
    viewport: replayed.viewport,
    scale: replayed.scale,
    scrollY: replayed.scrollY,
    marks: replayed.som.marks,
  }
  await writeFileAtomic(paths.marks, `${JSON.stringify(marks)}\n`, false)
}

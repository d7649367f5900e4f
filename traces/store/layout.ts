import { posix } from 'node:path'
import { sessionFolderName } from './safe-path.js'

/** File names of a run directory, in one place. Paths stored in records are relative and use `/`. */
export const RUN_FILE = 'run.json'
export const SESSIONS_DIR = 'sessions'
export const SESSION_FILE = 'session.json'
export const STEPS_FILE = 'steps.jsonl'
export const HTML_DIR = 'html'
export const SHOTS_DIR = 'shots'

export const SCREENSHOT_EXTS = ['png', 'jpg', 'jpeg', 'webp'] as const
export type ScreenshotExt = (typeof SCREENSHOT_EXTS)[number]

/** `sessions/<safe name>`, relative to the run directory. */
export function sessionDirRel(sessionId: string): string {
  return posix.join(SESSIONS_DIR, sessionFolderName(sessionId))
}

/** `000003`: zero-padded so a plain directory listing is in step order. */
export function stepFileStem(index: number): string {
  return String(index).padStart(6, '0')
}

export function htmlFileRel(sessionId: string, index: number): string {
  return posix.join(sessionDirRel(sessionId), HTML_DIR, `${stepFileStem(index)}.html`)
}

export function screenshotFileRel(sessionId: string, index: number, ext: ScreenshotExt): string {
  return posix.join(sessionDirRel(sessionId), SHOTS_DIR, `${stepFileStem(index)}.${ext}`)
}

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StepInput } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'

/** Shared by the replay tests: temp folders and small source run directories built in place. */

export const MINI_DATASET = 'data/opera-mini'

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `shopsim-replay-${label}-`))
}

export interface SourceStep {
  html: string
  action?: StepInput['action']
}

/** A run directory whose sessions a replay can read as its source (detected by run.json). */
export async function writeSourceRun(sessions: Record<string, SourceStep[]>): Promise<string> {
  const dir = join(tempDir('source'), 'run')
  const run = await openRunDir(dir, { create: true, kind: 'import', durable: false })
  for (const [sessionId, steps] of Object.entries(sessions)) {
    await run.openSession(sessionId, { userId: 'u1', provenance: { source: 'import' } })
    for (const [index, step] of steps.entries()) {
      await run.appendStep(
        sessionId,
        {
          sessionId,
          actionId: `${sessionId}-${index}`,
          index,
          action: step.action ?? { type: 'click', name: `item_${index}` },
          observation: { url: `https://www.amazon.com/s?k=${index}`, viewport: { width: 1280, height: 800 } },
          errors: [],
        },
        { html: step.html },
      )
    }
    await run.markSessionDone(sessionId, { outcome: 'terminate' })
  }
  return dir
}

/** A page whose gold action `item_<index>` is there to be found. */
export function namedPage(index: number, extra = ''): string {
  return `<html><head></head><body><div name="nav_bar">nav</div><a name="item_${index}" href="/x">item ${index}</a>${extra}</body></html>`
}

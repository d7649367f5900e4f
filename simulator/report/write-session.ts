import { mkdir, writeFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { type RunDir, resolveInside, type StoredSession } from '../../traces/store/index.js'
import type { Semaphore } from '../semaphore.js'
import { INDEX_FILE, SESSIONS_FOLDER } from './report-out.js'
import type { RunTally } from './run-tally.js'
import { sessionPage } from './session-page.js'
import { sessionRow } from './session-row.js'
import { copyStepAssets } from './step-assets.js'
import { stepOverlay } from './step-boxes.js'
import { judgeStep } from './step-judgement.js'
import type { StepView } from './step-section.js'

export interface ReportContext {
  run: RunDir
  out: string
  tally: RunTally
  counts: { screenshots: number; pages: number; bytes: number }
  copying: Semaphore
  onStep: () => void
}

/** Step files copied at once. */
export const COPY_CONCURRENCY = 8

const sessionHref = (folder: string) => posix.join(SESSIONS_FOLDER, folder, INDEX_FILE)

/** Copies a session's step files, writes its page, and adds it to the tally. */
export async function writeSession(
  ctx: ReportContext,
  session: StoredSession,
  folder: string,
  neighbours: { previous: string | undefined; next: string | undefined },
): Promise<void> {
  const sessionDir = resolveInside(ctx.out, posix.join(SESSIONS_FOLDER, folder))
  await mkdir(sessionDir, { recursive: true })
  const { steps, problems } = await ctx.run.readSteps(session.id)
  // Copying is file I/O: a few steps at a time keep the disk busy instead of waiting on each file in turn.
  const views = await Promise.all(
    steps.map(async (step, i): Promise<StepView> => {
      const release = await ctx.copying.acquire()
      const assets = await copyStepAssets(ctx.run, step, sessionDir).finally(release)
      ctx.counts.bytes += assets.bytes
      if (assets.screenshot !== undefined) ctx.counts.screenshots++
      if (assets.page !== undefined) ctx.counts.pages++
      ctx.onStep()
      const judgement = judgeStep(step)
      return {
        step,
        judgement,
        overlay: stepOverlay(step, judgement),
        assets,
        previous: steps[i - 1]?.index,
        next: steps[i + 1]?.index,
      }
    }),
  )
  const row = sessionRow(
    session,
    sessionHref(folder),
    views.map((v) => ({
      step: v.step,
      judgement: v.judgement,
      screenshot: v.assets.screenshot !== undefined,
    })),
  )
  const page = sessionPage({ session, row, steps: views, damagedLines: problems.length, ...neighbours })
  await writeFile(join(sessionDir, INDEX_FILE), page)
  ctx.counts.bytes += Buffer.byteLength(page)
  ctx.tally.addSession(session, views, row, problems.length)
}

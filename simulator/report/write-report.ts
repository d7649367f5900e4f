import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { REWARDS } from '../../rewards/index.js'
import { type Interval, type PredictionsScore, scorePredictions } from '../../rewards/metrics/index.js'
import { openRunDir, sessionFolderName } from '../../traces/store/index.js'
import { compareBehaviour } from '../compare/compare-behaviour.js'
import { measureBehaviour } from '../compare/measure-behaviour.js'
import { operaPublishedProfile } from '../compare/opera-published.js'
import { createProgress, type ProgressStream } from '../replay/progress.js'
import { createSemaphore } from '../semaphore.js'
import { indexPage } from './index-page.js'
import { INDEX_FILE, prepareReportDir, REPORT_MARKER } from './report-out.js'
import { RunTally } from './run-tally.js'
import { COPY_CONCURRENCY, type ReportContext, writeSession } from './write-session.js'

export interface ReportOptions {
  /** The run directory to show (any kind: predict, live, replay, ...). */
  runDir: string
  /** The report folder: created, or replaced when it holds an earlier report. */
  out: string
  /** A dataset or run directory whose behaviour the run is compared with (default: OPeRA's published figures). */
  reference?: string
  /** Bootstrap resamples for the metrics' 95% intervals (default 1000; 0 for none). */
  resamples?: number
  seed?: number
  clock?: () => Date
  progress?: ProgressStream
}

export interface ReportResult {
  out: string
  /** The page to open. */
  index: string
  runDir: string
  kind: string
  sessions: number
  steps: number
  /** Steps with a scored prediction. */
  predictedSteps: number
  screenshots: number
  pages: number
  /** Bytes of the report's files. */
  bytes: number
  exactMatch?: Interval
  /** Jensen-Shannon distances to the reference, when the run has finished sessions. */
  distances?: { actionTypes: number | null; clickTypes: number | null; stepsHistogram: number | null }
}

function rewardOf(options: Record<string, unknown>): string {
  const reward = options.reward
  return typeof reward === 'string' && Object.hasOwn(REWARDS, reward) ? reward : 'shop-r1'
}

/**
 * Writes a static HTML report of a run directory that opens from disk: `index.html` (summary charts and the
 * session list) and one page per session under `sessions/<safe name>/` with its screenshots and pages.
 * Sessions are read and written one at a time.
 */
export async function writeReport(options: ReportOptions): Promise<ReportResult> {
  const clock = options.clock ?? (() => new Date())
  const run = await openRunDir(options.runDir)
  // Read the reference first: a wrong path fails before anything is written.
  const referenceProfile =
    options.reference === undefined ? undefined : await measureBehaviour(options.reference)
  const out = await prepareReportDir(options.out, run.dir)
  const sessions = await run.listSessions()
  const folders = sessions.map((s) => sessionFolderName(s.id))
  const progress = createProgress(options.progress, () => clock().getTime(), 'report')
  progress.update({ sessionsTotal: sessions.length })
  const ctx: ReportContext = {
    run,
    out,
    tally: new RunTally(),
    counts: { screenshots: 0, pages: 0, bytes: 0 },
    copying: createSemaphore(COPY_CONCURRENCY),
    onStep: () => progress.update({ steps: 1 }),
  }
  for (const [i, session] of sessions.entries()) {
    const near = (j: number) => (folders[j] === undefined ? undefined : `../${folders[j]}/${INDEX_FILE}`)
    await writeSession(ctx, session, folders[i] as string, { previous: near(i - 1), next: near(i + 1) })
    progress.update({ sessionsDone: 1 })
  }
  progress.finish()

  const resamples = options.resamples ?? 1000
  const { tally } = ctx
  const score: PredictionsScore | undefined =
    tally.records.length === 0
      ? undefined
      : scorePredictions(tally.records, {
          reward: rewardOf(run.info.options),
          resamples,
          seed: options.seed ?? 0,
        })
  const subject = tally.profile.result('run', run.dir)
  const behaviour =
    subject.sessions === 0
      ? undefined
      : compareBehaviour(subject, referenceProfile ?? operaPublishedProfile())
  const createdAt = clock().toISOString()
  const index = indexPage({
    runDir: run.dir,
    info: run.info,
    tally,
    score,
    resamples,
    behaviour,
    screenshots: ctx.counts.screenshots,
    createdAt,
  })
  await writeFile(join(out, INDEX_FILE), index)
  const result: ReportResult = {
    out,
    index: join(out, INDEX_FILE),
    runDir: run.dir,
    kind: run.info.kind,
    sessions: sessions.length,
    steps: tally.steps,
    predictedSteps: tally.records.length,
    screenshots: ctx.counts.screenshots,
    pages: ctx.counts.pages,
    bytes: ctx.counts.bytes + Buffer.byteLength(index),
    ...(score !== undefined && { exactMatch: score.metrics.overall.exactMatch }),
    ...(behaviour !== undefined && {
      distances: {
        actionTypes: behaviour.actionTypes.distance,
        clickTypes: behaviour.clickTypes.distance,
        stepsHistogram: behaviour.stepsHistogram.distance,
      },
    }),
  }
  await writeFile(
    join(out, REPORT_MARKER),
    `${JSON.stringify({ version: 1, createdAt, ...result }, null, 2)}\n`,
  )
  return result
}

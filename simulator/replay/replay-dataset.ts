import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserPool } from '../../environments/browser/pool.js'
import type { ReplayOptions } from '../../environments/replay/index.js'
import type { Session } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { toStepError } from '../../traces/store/session-file.js'
import { findToolVersion } from '../../traces/tool-version.js'
import { type FidelityReport, FidelityTally } from './fidelity-report.js'
import { createProgress, type ProgressStream } from './progress.js'
import { type BeforeStepHook, replaySession } from './replay-session.js'
import { openSessionSource, type SessionSelection } from './session-source.js'

export interface ReplayDatasetOptions {
  /** An OPeRA dataset (any layout the reader knows) or a run directory (it holds run.json). */
  source: string
  /** The run directory to write (kind `replay`); an existing one is resumed. */
  out: string
  pool: BrowserPool
  selection?: SessionSelection
  /** Sessions replayed at once, each in its own browser context (default 1). */
  concurrency?: number
  render?: ReplayOptions
  clock?: () => Date
  /** Progress goes here (stderr in the CLI); nothing is written when absent. */
  progress?: ProgressStream
  beforeStep?: BeforeStepHook
}

export interface ReplayResult {
  runDir: string
  report: FidelityReport
}

export const REPORT_FILE = 'report.json'

/**
 * Replays every selected session into a run directory: each recorded page is rendered, its gold
 * (and predicted) action grounded, its screenshot kept or taken. Sessions already done are skipped and
 * interrupted ones resumed; the report covers every selected session, whichever run replayed it.
 */
export async function replayDataset(options: ReplayDatasetOptions): Promise<ReplayResult> {
  const clock = options.clock ?? (() => new Date())
  const render = options.render ?? {}
  const source = await openSessionSource(options.source, options.selection ?? {})
  const run = await openRunDir(options.out, {
    create: true,
    kind: 'replay',
    durable: false,
    clock,
    options: {
      source: options.source,
      ...(options.selection?.split !== undefined && { split: options.selection.split }),
      ...(options.selection?.shard !== undefined && { shard: options.selection.shard }),
      ...render,
    },
  })
  const tally = new FidelityTally()
  tally.selected(source.ids.length)
  const progress = createProgress(options.progress, () => clock().getTime())
  progress.update({ sessionsTotal: source.ids.length })

  const browserVersion = source.ids.length === 0 ? undefined : await options.pool.version()
  const toolVersion = findToolVersion()
  const replayedNow = new Set<string>()
  const context = {
    run,
    pool: options.pool,
    source,
    render,
    ...(options.beforeStep !== undefined && { beforeStep: options.beforeStep }),
    onStep: () => progress.update({ steps: 1 }),
    provenance: (session: Session) => ({
      ...session.provenance,
      source: 'replay' as const,
      dataset: session.provenance.dataset ?? source.origin,
      ...(browserVersion !== undefined && { browserVersion }),
      toolVersion,
    }),
  }

  const sessions = source.sessions()
  const worker = async () => {
    // Async generators queue concurrent next() calls, so workers share one stream safely.
    for (let next = await sessions.next(); next.done !== true; next = await sessions.next()) {
      const session = next.value
      const result = await replaySession(context, session)
      if (result.kind === 'skipped') tally.skipped()
      else replayedNow.add(session.id)
      if (result.kind !== 'skipped' && result.attempts > 1) tally.retried()
      if (result.kind === 'failed') {
        const { code, message } = toStepError(result.error)
        tally.failed({ sessionId: session.id, code, message })
      }
      progress.update({ sessionsDone: 1, failures: result.kind === 'failed' ? 1 : 0 })
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? 1, source.ids.length))
  await Promise.all(Array.from({ length: workers }, worker))
  progress.finish()

  for (const id of source.ids) {
    const stored = await run.readSession(id)
    if (stored === undefined) continue
    const { steps } = await run.readSteps(id)
    tally.addSteps(steps, stored.status === 'done', replayedNow.has(id) && stored.status === 'done')
  }
  const report = tally.result()
  await writeFile(join(run.dir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`)
  return { runDir: run.dir, report }
}

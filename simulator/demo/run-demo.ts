import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { BrowserPool } from '../../environments/browser/pool.js'
import { startStore } from '../../environments/store/index.js'
import { readRunDirRecords, scorePredictions } from '../../rewards/metrics/index.js'
import { createHeuristicPolicy } from '../agents/heuristic/index.js'
import type { Policy } from '../agents/policy.js'
import { exportDataset } from '../export/index.js'
import { predictDataset } from '../predict/index.js'
import { replayDataset } from '../replay/index.js'
import { loadPersonas, runLive } from '../runner/index.js'
import { generateTasks } from '../tasks/index.js'

export interface DemoOptions {
  /** Where every output goes (replaced when it exists: a demo is a fresh start). */
  out: string
  /** The bundled sample the replay, predict and export steps read. */
  sample: string
  pool: BrowserPool
  /** The policy for predictions: the heuristic shopper, or a model when one is configured. */
  predictPolicy: Policy
  liveSessions?: number
  /** Sample sessions replayed and predicted (all of them are exported). */
  sampleSessions?: number
  /** Told each stage as it starts, for the CLI to print. */
  onStage?: (stage: string) => void
  /** Writes the HTML report of a run; the report module is passed in so the demo stays testable without it. */
  report?: (runDir: string, out: string) => Promise<void>
}

export interface DemoOutputs {
  live: string
  replay: string
  predict: string
  exports: Record<string, string>
  report?: string
  /** Exact match and action-type accuracy of the predictions on the sample. */
  metrics: { exactMatch: number | undefined; actionTypeAccuracy: number | undefined; steps: number }
  liveOutcomes: Record<string, number>
}

/**
 * The whole pipeline on the embedded defaults: live persona shoppers on the store, replay and prediction on the
 * bundled sample, scoring, SFT and RL exports, and the report. Every stage writes under `out`.
 */
export async function runDemo(options: DemoOptions): Promise<DemoOutputs> {
  const out = resolve(options.out)
  if (existsSync(out)) await rm(out, { recursive: true, force: true })
  const stage = options.onStage ?? (() => undefined)
  const paths = {
    live: join(out, 'live'),
    replay: join(out, 'replay'),
    predict: join(out, 'predict'),
  }

  stage('live: heuristic persona shoppers on the embedded store')
  const store = await startStore({ seed: 1 })
  let liveOutcomes: Record<string, number>
  try {
    const personas = await loadPersonas(options.sample)
    const sessions = options.liveSessions ?? 3
    const live = await runLive({
      out: paths.live,
      pool: options.pool,
      policy: createHeuristicPolicy({ maxSteps: 15 }),
      personas,
      tasks: generateTasks(store.catalog, { count: sessions, seed: 1, variants: { clear: 1 } }),
      sessions,
      store,
      environment: 'shopsim store (seed 1)',
      concurrency: 2,
      maxSteps: 15,
    })
    liveOutcomes = live.outcomes
  } finally {
    await store.close()
  }

  const limit = options.sampleSessions ?? 4
  stage(`replay: ${limit} sample sessions rendered offline in Chromium, every action grounded`)
  await replayDataset({ source: options.sample, out: paths.replay, pool: options.pool, selection: { limit } })

  stage(`predict: the ${options.predictPolicy.name} policy on ${limit} sample sessions, scored with Shop-R1`)
  await predictDataset({
    source: options.sample,
    out: paths.predict,
    policy: options.predictPolicy,
    selection: { limit },
    concurrency: 4,
  })
  const { records } = await readRunDirRecords(paths.predict)
  const scored = scorePredictions(records, { resamples: 200, seed: 0 })

  const exports: Record<string, string> = {}
  for (const format of ['sft-openai', 'sft-sharegpt', 'rl-verl'] as const) {
    stage(`export: ${format}`)
    const target = join(out, 'export', format)
    await exportDataset({ source: options.sample, out: target, format, image: format !== 'sft-openai' })
    exports[format] = target
  }

  let report: string | undefined
  if (options.report) {
    stage('report: static HTML of the predictions')
    report = join(out, 'report')
    await options.report(paths.predict, report)
  }
  return {
    ...paths,
    exports,
    ...(report !== undefined && { report }),
    metrics: {
      exactMatch: scored.metrics.overall.exactMatch.value,
      actionTypeAccuracy: scored.metrics.overall.actionTypeAccuracy.value,
      steps: scored.metrics.steps,
    },
    liveOutcomes,
  }
}

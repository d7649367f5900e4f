import { readFile, stat } from 'node:fs/promises'
import { type BrowserPool, createBrowserPool } from '../environments/browser/index.js'
import { startStore } from '../environments/store/index.js'
import {
  type PredictionsScore,
  parsePredictionJsonl,
  readRunDirRecords,
  scorePredictions,
} from '../rewards/metrics/index.js'
import type { Persona, Task } from '../traces/schema/index.js'
import { createPolicy, type PolicyName, type PolicySettings } from './agents/create-policy.js'
import type { Policy } from './agents/policy.js'
import { type PredictDatasetOptions, type PredictResult, predictDataset } from './predict/index.js'
import { type ReplayDatasetOptions, type ReplayResult, replayDataset } from './replay/index.js'
import { loadPersonas, type RunLiveOptions, type RunLiveResult, runLive } from './runner/index.js'
import { generateTasks } from './tasks/index.js'

/**
 * The library's one-call entry points, each the same work as its command. Browsers, stores and policies are
 * made for you when you do not pass your own (and closed again); pass them to share or to customise.
 */

async function withPool<T>(
  given: BrowserPool | undefined,
  work: (pool: BrowserPool) => Promise<T>,
): Promise<T> {
  const pool = given ?? createBrowserPool()
  try {
    return await work(pool)
  } finally {
    if (given === undefined) await pool.close()
  }
}

const policyOf = (policy: Policy | PolicyName, settings: PolicySettings | undefined): Policy =>
  typeof policy === 'string' ? createPolicy(policy, settings) : policy

export type ReplayOptions = Omit<ReplayDatasetOptions, 'pool'> & { pool?: BrowserPool }

/** `shopsim replay`: render every recorded page offline, ground every action, write a run directory. */
export function replay(options: ReplayOptions): Promise<ReplayResult> {
  return withPool(options.pool, (pool) => replayDataset({ ...options, pool }))
}

export type PredictOptions = Omit<PredictDatasetOptions, 'policy'> & {
  /** A policy, or its name (`heuristic`, `oracle`, `random`, `openai` with `policySettings.endpoint`). */
  policy: Policy | PolicyName
  policySettings?: PolicySettings
}

/** `shopsim predict`: a policy's next action at every recorded step, with its Shop-R1 score. */
export async function predict(options: PredictOptions): Promise<PredictResult> {
  const policy = policyOf(options.policy, options.policySettings)
  try {
    return await predictDataset({ ...options, policy })
  } finally {
    if (typeof options.policy === 'string') await policy.close?.()
  }
}

export type RunOptions = Omit<RunLiveOptions, 'pool' | 'policy' | 'personas' | 'store'> & {
  policy: Policy | PolicyName
  policySettings?: PolicySettings
  /** Personas, or a path to an OPeRA dataset, a run directory or a personas.jsonl. */
  personas: readonly Persona[] | string
  /** Without `startUrl`, the embedded store is started with this seed (default 1) and closed afterwards. */
  storeSeed?: number
  pool?: BrowserPool
}

/** `shopsim run`: persona shoppers on the embedded store (or `startUrl`), every step recorded. */
export async function run(options: RunOptions): Promise<RunLiveResult> {
  const personas =
    typeof options.personas === 'string' ? await loadPersonas(options.personas) : options.personas
  const policy = policyOf(options.policy, options.policySettings)
  const store =
    options.startUrl === undefined ? await startStore({ seed: options.storeSeed ?? 1 }) : undefined
  try {
    const tasks: readonly Task[] =
      options.tasks ??
      (store ? generateTasks(store.catalog, { count: options.sessions, seed: options.seed ?? 0 }) : [])
    return await withPool(options.pool, (pool) =>
      runLive({ ...options, pool, policy, personas, tasks, ...(store !== undefined && { store }) }),
    )
  } finally {
    await store?.close()
    if (typeof options.policy === 'string') await policy.close?.()
  }
}

export interface ScoreOptions {
  /** `shop-r1` (default), `customer-r1` or `exact`. */
  reward?: string
  /** Bootstrap resamples for the 95% intervals (default 1000). */
  resamples?: number
  seed?: number
}

/** `shopsim score`: the OPeRA metrics with intervals and mean rewards of a run directory or predictions JSONL. */
export async function score(path: string, options: ScoreOptions = {}): Promise<PredictionsScore> {
  const read = (await stat(path)).isDirectory()
    ? await readRunDirRecords(path)
    : parsePredictionJsonl(await readFile(path, 'utf8'), path)
  return scorePredictions(read.records, {
    reward: options.reward ?? 'shop-r1',
    resamples: options.resamples ?? 1000,
    seed: options.seed ?? 0,
  })
}

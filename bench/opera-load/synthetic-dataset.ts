import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { type Session, writeOperaDataset } from '../../traces/index.js'
import { median, quantile } from '../stats.js'
import { type SyntheticParams, syntheticSessions } from './synthetic-sessions.js'

/** Bump when the generated data changes, so cached datasets of older generators are not reused. */
export const GENERATOR_VERSION = 2

/** OPeRA's published shape: 100-row row groups, 1000-row shards. */
export const DATASET_SHAPE = { rowGroupSize: 100, rowsPerShard: 1000 } as const

export interface DatasetManifest {
  generator: number
  params: SyntheticParams
  steps: number
  sessions: number
  /** Sum of the JS string lengths of every step's simplified HTML: what both readers must find. */
  htmlChars: number
  htmlSize: { min: number; median: number; p90: number; max: number }
  split: Record<string, { sessions: number; actions: number }>
  /** The action Parquet files, relative to the dataset folder. */
  actionFiles: string[]
  generateMs: number
}

/** The OPeRA root (holding OPeRA_filtered/) inside a generated folder. */
export const datasetRoot = (dir: string): string => join(dir, 'dataset')

/** Writes a synthetic filtered OPeRA dataset under `dir` with our writer and returns what it holds. */
export async function writeSyntheticDataset(params: SyntheticParams, dir: string): Promise<DatasetManifest> {
  const started = performance.now()
  const sizes: number[] = []
  let sessions = 0
  function* tallied(): Generator<Session> {
    for (const session of syntheticSessions(params)) {
      sessions++
      for (const step of session.steps) sizes.push(step.observation.html?.length ?? 0)
      yield session
    }
  }
  const root = datasetRoot(dir)
  const summary = await writeOperaDataset(tallied(), { out: root, version: 'filtered', ...DATASET_SHAPE })
  const manifest: DatasetManifest = {
    generator: GENERATOR_VERSION,
    params,
    steps: sizes.length,
    sessions,
    htmlChars: sizes.reduce((a, b) => a + b, 0),
    htmlSize: {
      min: quantile(sizes, 0),
      median: median(sizes),
      p90: quantile(sizes, 0.9),
      max: quantile(sizes, 1),
    },
    split: Object.fromEntries(
      Object.entries(summary.splits).map(([s, v]) => [s, { sessions: v.sessions, actions: v.actions }]),
    ),
    actionFiles: Object.values(summary.splits).flatMap((s) => s.actionFiles.map((f) => relative(root, f))),
    generateMs: performance.now() - started,
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

export function cacheKey(params: SyntheticParams): string {
  const { steps, seed, medianHtmlChars, minHtmlChars, maxHtmlChars } = params
  const { rowGroupSize, rowsPerShard } = DATASET_SHAPE
  return `g${GENERATOR_VERSION}-steps${steps}-seed${seed}-html${medianHtmlChars}-${minHtmlChars}-${maxHtmlChars}-rg${rowGroupSize}-shard${rowsPerShard}`
}

/**
 * The dataset for these parameters under `cacheRoot`, generated on first use. It is built in a side
 * folder and renamed into place, so an interrupted generation is never taken for a cached one.
 */
export async function cachedSyntheticDataset(
  params: SyntheticParams,
  cacheRoot: string,
): Promise<{ dir: string; manifest: DatasetManifest; cached: boolean }> {
  const dir = join(cacheRoot, cacheKey(params))
  const manifestPath = join(dir, 'manifest.json')
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as DatasetManifest
    if (manifest.generator === GENERATOR_VERSION) return { dir, manifest, cached: true }
  }
  const work = `${dir}.partial-${process.pid}`
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const manifest = await writeSyntheticDataset(params, work)
  rmSync(dir, { recursive: true, force: true })
  renameSync(work, dir)
  return { dir, manifest, cached: false }
}

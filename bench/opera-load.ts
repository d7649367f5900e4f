import { statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type ChildMeasure, runChild } from './child-run.js'
import { defineBench } from './define-bench.js'
import { positiveInt } from './flags.js'
import { formatKb, formatNumber } from './format.js'
import type { LoadResult } from './opera-load/load-result.js'
import { cachedSyntheticDataset, DATASET_SHAPE, datasetRoot } from './opera-load/synthetic-dataset.js'
import { DEFAULT_PARAMS } from './opera-load/synthetic-sessions.js'
import { median } from './stats.js'

const CACHE_ROOT = fileURLToPath(new URL('../.bench/opera-load/', import.meta.url))
const READ_OURS = fileURLToPath(new URL('./opera-load/read-ours.ts', import.meta.url))
const READ_DUCKDB = fileURLToPath(new URL('./opera-load/read-duckdb.ts', import.meta.url))
// From the issue: loading must stay within 2x of DuckDB and under 500 MB peak RSS.
const GOAL_TIME_RATIO = 2
const GOAL_RSS_KB = 500 * 1024

type Measured = LoadResult & ChildMeasure
const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

function describeRun(run: number, r: Measured): string {
  const rate = r.steps / (r.ms / 1000)
  return `  run ${run} ${r.reader.padEnd(7)} ${formatNumber(r.ms).padStart(7)} ms  ${formatNumber(rate).padStart(6)} steps/s  peak RSS ${formatKb(r.maxRssKb).padStart(8)} (start ${formatKb(r.startRssKb)})`
}

/** Both readers must have seen the same data, and all of it; otherwise no figure means anything. */
function verify(results: Measured[], expected: { steps: number; sessions: number; htmlChars: number }): void {
  for (const r of results) {
    const wrong = (['steps', 'sessions', 'htmlChars'] as const).filter((k) => r[k] !== expected[k])
    if (wrong.length > 0 || r.issues > 0) {
      const got = wrong.map((k) => `${k} ${r[k]} (expected ${expected[k]})`).join(', ')
      throw new Error(
        `${r.reader} read different data: ${got}${r.issues > 0 ? `, ${r.issues} load issues` : ''}`,
      )
    }
  }
}

export const operaLoad = defineBench({
  name: 'opera-load',
  description: 'stream a synthetic OPeRA dataset with our reader vs DuckDB read_parquet (time, peak RSS)',
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: { steps: { type: 'string' }, runs: { type: 'string' }, 'duckdb-threads': { type: 'string' } },
      strict: true,
    })
    const params = { ...DEFAULT_PARAMS, steps: positiveInt(values.steps, DEFAULT_PARAMS.steps, '--steps') }
    const runs = positiveInt(values.runs, 3, '--runs')
    const threads =
      values['duckdb-threads'] === undefined
        ? 'default'
        : String(positiveInt(values['duckdb-threads'], 1, '--duckdb-threads'))

    process.stderr.write(`preparing the ${params.steps}-step dataset (cached under ${CACHE_ROOT})\n`)
    const { dir, manifest, cached } = await cachedSyntheticDataset(params, CACHE_ROOT)
    const root = datasetRoot(dir)
    const files = manifest.actionFiles.map((f) => join(root, f))
    const onDisk = files.reduce((sum, f) => sum + statSync(f).size, 0)
    const { htmlSize: h } = manifest
    write(
      `dataset: ${manifest.steps} steps, ${manifest.sessions} sessions (${Object.entries(manifest.split)
        .map(([s, v]) => `${s} ${v.actions}`)
        .join(', ')} steps), ` +
        `${files.length} action files, row groups of ${DATASET_SHAPE.rowGroupSize}, shards of ${DATASET_SHAPE.rowsPerShard}`,
    )
    write(
      `  simplified_html chars: median ${formatNumber(h.median / 1000)} K, min ${formatNumber(h.min / 1000)} K, p90 ${formatNumber(h.p90 / 1000)} K, max ${formatNumber(h.max / 1000)} K, ` +
        `total ${formatNumber(manifest.htmlChars / 1e6)} M; action files ${formatNumber(onDisk / 1e6)} MB on disk`,
    )
    write(`  ${cached ? 'cached' : `generated in ${formatNumber(manifest.generateMs / 1000)} s`}: ${dir}`)

    const ours: Measured[] = []
    const duck: Measured[] = []
    const readOurs = async () => ours.push(await runChild<LoadResult>(READ_OURS, [root]))
    const readDuck = async () => duck.push(await runChild<LoadResult>(READ_DUCKDB, [threads, ...files]))
    let duckThreads = 0
    for (let run = 1; run <= runs; run++) {
      // Alternate who goes first so neither always gets the warmer page cache.
      const order = run % 2 === 1 ? [readOurs, readDuck] : [readDuck, readOurs]
      for (const read of order) await read()
      const o = ours.at(-1) as Measured
      const d = duck.at(-1) as Measured & { threads?: number }
      duckThreads = d.threads ?? 0
      verify([o, d], manifest)
      for (const r of run % 2 === 1 ? [o, d] : [d, o]) write(describeRun(run, r))
    }

    const ms = { ours: median(ours.map((r) => r.ms)), duck: median(duck.map((r) => r.ms)) }
    const rss = { ours: median(ours.map((r) => r.maxRssKb)), duck: median(duck.map((r) => r.maxRssKb)) }
    const rate = (m: number) => formatNumber(manifest.steps / (m / 1000))
    write(
      `median of ${runs}: shopsim ${formatNumber(ms.ours)} ms (${rate(ms.ours)} steps/s, peak RSS ${formatKb(rss.ours)})`,
    )
    write(
      `median of ${runs}: duckdb  ${formatNumber(ms.duck)} ms (${rate(ms.duck)} steps/s, peak RSS ${formatKb(rss.duck)}, ${duckThreads} threads)`,
    )
    write(
      `both read ${manifest.steps} steps, ${manifest.sessions} sessions, ${manifest.htmlChars} HTML chars`,
    )

    const floorSource = `DuckDB SELECT * over the same files, ${duckThreads} threads`
    return {
      comparisons: [
        { what: 'median load time', unit: 'ms', ours: ms.ours, floor: ms.duck, floorSource },
        { what: 'median peak RSS', unit: 'MB', ours: rss.ours / 1024, floor: rss.duck / 1024, floorSource },
      ],
      goals: [
        {
          text: `load time within ${GOAL_TIME_RATIO}x of DuckDB (ratio ${(ms.ours / ms.duck).toFixed(2)})`,
          met: ms.ours <= GOAL_TIME_RATIO * ms.duck,
        },
        {
          text: `peak RSS under 500 MB (${formatKb(Math.max(...ours.map((r) => r.maxRssKb)))} at worst)`,
          met: Math.max(...ours.map((r) => r.maxRssKb)) < GOAL_RSS_KB,
        },
      ],
    }
  },
})

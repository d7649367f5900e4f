import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_CONCURRENCY } from '../simulator/export/export-options.js'
import { type ChildMeasure, runChild } from './child-run.js'
import { defineBench } from './define-bench.js'
import { cachedBenchSource, SCREENSHOT } from './export/bench-source.js'
import { positiveInt } from './flags.js'
import { formatKb, formatNumber } from './format.js'
import { median } from './stats.js'

const CACHE_ROOT = fileURLToPath(new URL('../.bench/export/', import.meta.url))
const RUN_EXPORT = fileURLToPath(new URL('./export/run-export.ts', import.meta.url))
const RUN_FLOOR = fileURLToPath(new URL('./export/run-floor.ts', import.meta.url))
// From the issue: at most 1.5x the floor; peak RSS under 512 MB whatever the input size.
const GOAL_RATIO = 1.5
const GOAL_RSS_KB = 512 * 1024
const FORMATS = ['sft-sharegpt', 'rl-verl'] as const
type Format = (typeof FORMATS)[number]

type Exported = ChildMeasure & {
  ms: number
  cpuMs: number
  startRssKb: number
  examples: number
  attached: number
  bytes: number
  images: number
}
type Floor = ChildMeasure & {
  ms: number
  cpuMs: number
  startRssKb: number
  images: number
  outBytes: number
  first: string
}

const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

const rate = (steps: number, ms: number): string => `${formatNumber(steps / (ms / 1000))} steps/s`

export const exportBench = defineBench({
  name: 'export',
  description: 'shopsim export with screenshots to sft-sharegpt and rl-verl vs sharp re-encoding alone',
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: { steps: { type: 'string' }, runs: { type: 'string' }, concurrency: { type: 'string' } },
      strict: true,
    })
    const steps = positiveInt(values.steps, 2000, '--steps')
    const runs = positiveInt(values.runs, 1, '--runs')
    const concurrency = positiveInt(values.concurrency, DEFAULT_CONCURRENCY, '--concurrency')

    process.stderr.write(`preparing the ${steps}-step source (cached under ${CACHE_ROOT})\n`)
    const source = await cachedBenchSource(steps, CACHE_ROOT)
    write(
      `source: run directory of ${source.steps} steps in ${source.sessions} sessions (opera-load pages, ` +
        `${formatNumber(source.htmlChars / source.steps / 1000)} K HTML chars a step), one ` +
        `${SCREENSHOT.width}x${SCREENSHOT.height} JPEG q${SCREENSHOT.quality} screenshot a step ` +
        `(${formatNumber(source.screenshotBytes / source.steps / 1000)} KB mean)${source.cached ? ', cached' : ''}`,
    )
    write(`  ${source.dir}`)
    write(
      `the export keeps ${concurrency} examples in flight (encodes: libuv's pool less one thread, for reads); ` +
        `the floor ${concurrency} encodes; default image options (jpeg q80, <= 1,003,520 px)`,
    )

    const outOf = (format: Format) => join(CACHE_ROOT, `out-${format}`)
    const ours: Record<Format, Exported[]> = { 'sft-sharegpt': [], 'rl-verl': [] }
    const floor: Floor[] = []
    const tasks = [
      async () => {
        floor.push(await runChild<Floor>(RUN_FLOOR, [source.dir, String(concurrency)]))
        const f = floor.at(-1) as Floor
        write(
          `  floor         ${formatNumber(f.ms)} ms  ${rate(f.images, f.ms)}  CPU ${formatNumber(f.cpuMs)} ms  peak RSS ${formatKb(f.maxRssKb)} (start ${formatKb(f.startRssKb)})`,
        )
      },
      ...FORMATS.map((format) => async () => {
        const r = await runChild<Exported>(RUN_EXPORT, [
          source.dir,
          outOf(format),
          format,
          String(concurrency),
        ])
        ours[format].push(r)
        write(
          `  ${format.padEnd(13)} ${formatNumber(r.ms)} ms  ${rate(r.examples, r.ms)}  CPU ${formatNumber(r.cpuMs)} ms  peak RSS ${formatKb(r.maxRssKb)}` +
            ` (start ${formatKb(r.startRssKb)}), ${formatNumber(r.bytes / 1e6)} MB written`,
        )
      }),
    ]
    for (let run = 1; run <= runs; run++) {
      write(`run ${run}`)
      // Rotate the order so no side always runs first on a cold cache.
      for (let t = 0; t < tasks.length; t++)
        await (tasks[(t + run - 1) % tasks.length] as () => Promise<void>)()
    }

    // The comparison means something only if both sides did the same work on the same images.
    const first = floor[0] as Floor
    for (const format of FORMATS) {
      for (const r of ours[format]) {
        if (r.examples !== source.steps || r.attached !== source.steps)
          throw new Error(
            `${format} exported ${r.examples} examples, ${r.attached} with images, of ${source.steps}`,
          )
      }
    }
    if (first.images !== source.steps)
      throw new Error(`the floor re-encoded ${first.images} of ${source.steps} images`)
    if (!existsSync(join(outOf('sft-sharegpt'), 'images', `${first.first}.jpg`)))
      throw new Error("the floor's first image is not among the export's images: the encodings differ")
    write(
      "check: the export's images are byte for byte the floor's (the first one's hash names an export file)",
    )
    for (const format of FORMATS) rmSync(outOf(format), { recursive: true, force: true })

    const floorMs = median(floor.map((f) => f.ms))
    const floorSource = `sharp re-encoding the same ${source.steps} screenshots alone, ${concurrency} in flight`
    const comparisons = FORMATS.map((format) => ({
      what: `${format} export time`,
      unit: 'ms',
      ours: median(ours[format].map((r) => r.ms)),
      floor: floorMs,
      floorSource,
    }))
    // CPU time (every thread) is the work done, whatever else the machine runs; wall time is the goal.
    const floorCpu = median(floor.map((f) => f.cpuMs))
    for (const format of FORMATS)
      write(
        `CPU time, median: ${format} ${formatNumber(median(ours[format].map((r) => r.cpuMs)))} ms, floor ${formatNumber(floorCpu)} ms ` +
          `(ratio ${(median(ours[format].map((r) => r.cpuMs)) / floorCpu).toFixed(2)})`,
      )
    const worstRss = Math.max(...FORMATS.flatMap((f) => ours[f].map((r) => r.maxRssKb)))
    return {
      comparisons,
      goals: [
        ...comparisons.map((c) => ({
          text: `${c.what} <= ${GOAL_RATIO}x the floor (${(c.ours / c.floor).toFixed(2)}x; ${rate(source.steps, c.ours)})`,
          met: c.ours <= GOAL_RATIO * c.floor,
        })),
        { text: `peak RSS under 512 MB (${formatKb(worstRss)} at worst)`, met: worstRss < GOAL_RSS_KB },
      ],
    }
  },
})

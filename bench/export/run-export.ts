// Child process: one export of the bench source. Usage: run-export.ts <source> <out> <format> <concurrency>
import { rmSync } from 'node:fs'
import { exportDataset } from '../../simulator/export/index.js'
import { finishChild } from '../child-run.js'
import { cpuMsSince } from './cpu-time.js'

const [source, out, format, concurrency] = process.argv.slice(2)
if (source === undefined || out === undefined || (format !== 'sft-sharegpt' && format !== 'rl-verl'))
  throw new Error('usage: run-export.ts <source> <out> sft-sharegpt|rl-verl <concurrency>')

rmSync(out, { recursive: true, force: true })
const startRssKb = Math.round(process.memoryUsage.rss() / 1024)
const cpuAtStart = process.cpuUsage()
const started = performance.now()
const { manifest } = await exportDataset({
  source,
  out,
  format,
  image: true,
  concurrency: Number(concurrency),
})
const ms = performance.now() - started
finishChild({
  ms,
  cpuMs: cpuMsSince(cpuAtStart),
  startRssKb,
  examples: manifest.counts.examples,
  attached: (manifest.counts.screenshot as Record<string, number>).attached ?? 0,
  bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0),
  images: manifest.images?.count ?? 0,
})

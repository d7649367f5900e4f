// Child process: streams a dataset with shopsim's reader. Usage: read-ours.ts <dataset root>
import { openOperaDataset } from '../../traces/index.js'
import { finishChild } from '../child-run.js'
import type { LoadResult } from './load-result.js'

const root = process.argv[2]
if (root === undefined) throw new Error('usage: read-ours.ts <dataset root>')

const startRssKb = Math.round(process.memoryUsage.rss() / 1024)
const started = performance.now()
const dataset = await openOperaDataset(root)
let steps = 0
let sessions = 0
let htmlChars = 0
for await (const session of dataset.sessions()) {
  sessions++
  for (const step of session.steps) {
    steps++
    htmlChars += step.observation.html?.length ?? 0
  }
}
const result: LoadResult = {
  reader: 'shopsim',
  ms: performance.now() - started,
  steps,
  sessions,
  htmlChars,
  startRssKb,
  issues: dataset.report.total,
}
finishChild(result)

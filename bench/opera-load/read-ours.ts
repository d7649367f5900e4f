// Child process: streams a dataset with shopsim's reader. Usage: read-ours.ts <dataset root>
import { finishChild } from '../child-run.js'
import { countDataset } from './count-dataset.js'
import type { LoadResult } from './load-result.js'

const root = process.argv[2]
if (root === undefined) throw new Error('usage: read-ours.ts <dataset root>')

const startRssKb = Math.round(process.memoryUsage.rss() / 1024)
const started = performance.now()
const counts = await countDataset(root)
const result: LoadResult = { reader: 'shopsim', ms: performance.now() - started, ...counts, startRssKb }
finishChild(result)

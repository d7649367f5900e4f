// Child process: the floor, sharp re-encoding the source's screenshots alone with the export's image options.
// Usage: run-floor.ts <source> <concurrency>
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import { DEFAULT_IMAGE_QUALITY, DEFAULT_MAX_PIXELS, fitToPixels } from '../../simulator/prompts/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { finishChild } from '../child-run.js'
import { SCREENSHOT } from './bench-source.js'
import { cpuMsSince } from './cpu-time.js'

const [source, concurrency] = process.argv.slice(2)
if (source === undefined) throw new Error('usage: run-floor.ts <source> <concurrency>')

// The screenshot files, listed before the clock starts: the floor times reading and re-encoding them only.
const run = await openRunDir(source)
const files: string[] = []
for (const session of await run.listSessions())
  for (const step of (await run.readSteps(session.id)).steps)
    if (step.observation.screenshot?.file !== undefined)
      files.push(`${run.dir}/${step.observation.screenshot.file}`)

// The export turns libvips' operation cache off (every image is encoded once); so does the floor.
sharp.cache(false)
const size = fitToPixels(SCREENSHOT.width, SCREENSHOT.height, DEFAULT_MAX_PIXELS)
const reencode = async (path: string): Promise<Buffer> =>
  sharp(await readFile(path))
    .resize({ width: size.width, height: size.height, fit: 'fill' })
    .jpeg({ quality: DEFAULT_IMAGE_QUALITY })
    .toBuffer()

const startRssKb = Math.round(process.memoryUsage.rss() / 1024)
const cpuAtStart = process.cpuUsage()
const started = performance.now()
let next = 0
let outBytes = 0
let first = ''
// The same number of re-encodings in flight as the export keeps.
await Promise.all(
  Array.from({ length: Math.max(1, Number(concurrency)) }, async () => {
    for (let i = next++; i < files.length; i = next++) {
      const bytes = await reencode(files[i] as string)
      outBytes += bytes.length
      if (i === 0) first = createHash('sha256').update(bytes).digest('hex').slice(0, 32)
    }
  }),
)
finishChild({
  ms: performance.now() - started,
  cpuMs: cpuMsSince(cpuAtStart),
  startRssKb,
  images: files.length,
  outBytes,
  first,
})

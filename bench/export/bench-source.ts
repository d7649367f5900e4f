import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { openRunDir } from '../../traces/store/index.js'
import { DEFAULT_PARAMS, syntheticSessions } from '../opera-load/synthetic-sessions.js'

/** Bump when the generated source changes, so older caches are not reused. */
const SOURCE_VERSION = 1
/** OPeRA's screenshots: viewport-only JPEGs of a 1920 x 934 window at quality 25. */
export const SCREENSHOT = { width: 1920, height: 934, quality: 25 } as const

export interface BenchSource {
  dir: string
  steps: number
  sessions: number
  htmlChars: number
  screenshotBytes: number
  cached: boolean
}

/** A page-like background: a header bar, a sidebar and a grid of product cards with text-like stripes. */
function pageBackground(): Buffer {
  const { width, height } = SCREENSHOT
  const pixels = Buffer.alloc(width * height * 3, 255)
  const fill = (x0: number, y0: number, w: number, h: number, rgb: readonly [number, number, number]) => {
    for (let y = y0; y < Math.min(height, y0 + h); y++)
      for (let x = x0; x < Math.min(width, x0 + w); x++) pixels.set(rgb, (y * width + x) * 3)
  }
  fill(0, 0, width, 60, [35, 47, 62])
  fill(0, 60, width, 40, [55, 71, 79])
  fill(20, 120, 260, height - 140, [247, 247, 247])
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 5; col++) {
      const x = 320 + col * 310
      const y = 130 + row * 270
      fill(x, y, 280, 160, [((row * 5 + col) * 47) & 255, 180, ((col + 3) * 61) & 255])
      for (let line = 0; line < 5; line++)
        fill(x, y + 175 + line * 16, 120 + ((line * 53 + col * 31) % 150), 8, [60, 60, 60])
    }
  }
  return pixels
}

/** One screenshot per step: the background with a few step-dependent blocks, so no two are the same. */
async function screenshotFor(background: Buffer, step: number): Promise<Buffer> {
  const { width, height, quality } = SCREENSHOT
  const block = (w: number, h: number, seed: number) => ({
    input: Buffer.alloc(w * h * 3, (seed * 97) & 255),
    raw: { width: w, height: h, channels: 3 as const },
    left: (seed * 131) % (width - w),
    top: 100 + ((seed * 71) % (height - h - 100)),
  })
  return sharp(background, { raw: { width, height, channels: 3 } })
    .composite([block(300, 120, step), block(180, 60, step + 7), block(420, 30, step * 3 + 1)])
    .jpeg({ quality })
    .toBuffer()
}

/**
 * A run directory of `steps` steps of the opera-load generator's OPeRA-scale pages (median ~100 K
 * characters), each with its own OPeRA-like screenshot. Built once per parameters under `cacheRoot`.
 */
export async function cachedBenchSource(steps: number, cacheRoot: string): Promise<BenchSource> {
  const dir = join(cacheRoot, `v${SOURCE_VERSION}-steps${steps}`, 'source')
  const marker = join(dir, 'bench-source.json')
  if (existsSync(marker))
    return { ...(JSON.parse(readFileSync(marker, 'utf8')) as BenchSource), cached: true }
  rmSync(dir, { recursive: true, force: true })
  const run = await openRunDir(dir, { create: true, kind: 'import', durable: false })
  const background = pageBackground()
  const made = { steps: 0, sessions: 0, htmlChars: 0, screenshotBytes: 0 }
  for (const session of syntheticSessions({ ...DEFAULT_PARAMS, steps })) {
    await run.openSession(session.id, {
      userId: session.userId,
      ...(session.split !== undefined && { split: session.split }),
      provenance: session.provenance,
    })
    for (const step of session.steps) {
      const { html, ...observation } = step.observation
      const bytes = await screenshotFor(background, made.steps)
      await run.appendStep(
        session.id,
        { ...step, observation },
        {
          ...(html !== undefined && { html }),
          screenshot: { bytes, ext: 'jpg', width: SCREENSHOT.width, height: SCREENSHOT.height },
        },
      )
      made.steps++
      made.htmlChars += html?.length ?? 0
      made.screenshotBytes += bytes.length
    }
    await run.markSessionDone(session.id, { outcome: session.outcome })
    made.sessions++
  }
  const source: BenchSource = { dir, ...made, cached: false }
  writeFileSync(marker, `${JSON.stringify(source)}\n`)
  return source
}

import { join } from 'node:path'
import sharp from 'sharp'
import { scoreWith } from '../../rewards/index.js'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { openOperaDataset } from '../../traces/opera/index.js'
import type { Prediction, Session, StepInput } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { goldOf } from '../predict/index.js'

/** The bundled real 3-session, 15-step sample. */
export const OPERA_MINI = join(PROJECT_ROOT, 'data', 'opera-mini')

/** A viewport-sized JPEG whose pixels depend on `seed`, without fonts: distinct screenshots per step. */
export async function syntheticScreenshot(
  seed: number,
  width = 1280,
  height = 800,
  quality = 60,
): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    const band = ((y >> 5) * 37 + seed * 53) & 255
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      pixels[i] = band
      pixels[i + 1] = ((x >> 4) * 29 + seed * 17) & 255
      pixels[i + 2] = (x * y + seed) & 255
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer()
}

export interface TestRunOptions {
  /** Write a screenshot for every step but these indices (by position over all steps). */
  screenshots?: boolean
  skipScreenshotAt?: ReadonlySet<number>
  /** Give every third step a human rationale. */
  rationales?: boolean
  /**
   * Record a prediction and its shop-r1 score on every step: right (the gold action, with a rationale)
   * on even positions, a wrong click on odd ones.
   */
  predictions?: boolean
}

function predictionFor(step: StepInput, right: boolean): Prediction {
  const action = right ? step.action : { type: 'click' as const, name: 'nav_bar.homepage' }
  const rationale = right ? `I want to do step ${step.index} this way.` : 'I would rather go home.'
  return { policy: 'scripted', raw: JSON.stringify({ rationale, action }), action, rationale }
}

/** opera-mini's sessions copied into a run directory at `dir`, with what the options add. */
export async function writeTestRun(dir: string, options: TestRunOptions = {}): Promise<{ steps: number }> {
  const sessions: Session[] = []
  for await (const session of (await openOperaDataset(OPERA_MINI)).sessions()) sessions.push(session)
  const run = await openRunDir(dir, { create: true, kind: 'import', durable: false })
  let position = 0
  for (const session of sessions) {
    await run.openSession(session.id, {
      userId: session.userId,
      ...(session.persona !== undefined && { persona: session.persona }),
      ...(session.split !== undefined && { split: session.split }),
      provenance: session.provenance,
    })
    for (const step of session.steps) {
      const { html, screenshot: _screenshot, ...observation } = step.observation
      let record: StepInput = {
        ...step,
        observation,
        ...(options.rationales === true &&
          position % 3 === 0 && { rationale: `Because of step ${step.index}.` }),
      }
      if (options.predictions === true) {
        const prediction = predictionFor(record, position % 2 === 0)
        const gold = goldOf(step)
        if (gold !== undefined)
          record = {
            ...record,
            prediction,
            score: scoreWith('shop-r1', { completion: prediction.raw, gold }),
          }
      }
      const shot =
        options.screenshots === true && !options.skipScreenshotAt?.has(position)
          ? { bytes: await syntheticScreenshot(position), ext: 'jpg' as const, width: 1280, height: 800 }
          : undefined
      await run.appendStep(session.id, record, {
        ...(html !== undefined && { html }),
        ...(shot !== undefined && { screenshot: shot }),
      })
      position++
    }
    await run.markSessionDone(session.id, { outcome: session.outcome })
  }
  return { steps: position }
}

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import { readRunDirRecords, scorePredictions } from '../../rewards/metrics/index.js'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { ShopsimError } from '../../traces/errors.js'
import { openOperaDataset } from '../../traces/opera/index.js'
import type { Step } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { createOpenAIPolicy } from '../agents/openai/index.js'
import { createOraclePolicy } from '../agents/oracle.js'
import type { Policy } from '../agents/policy.js'
import { firstNameAnswer, type ScriptedServer, startScriptedServer } from '../agents/scripted-server/index.js'
import { predictDataset } from './predict-dataset.js'

const MINI = join(PROJECT_ROOT, 'data', 'opera-mini')
const out = (label: string) => join(mkdtempSync(join(tmpdir(), `shopsim-predict-${label}-`)), 'run')
const noWait = { now: () => Date.now(), sleep: async () => undefined }

let server: ScriptedServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function recordedSteps(dir: string): Promise<Step[]> {
  const run = await openRunDir(dir)
  const steps: Step[] = []
  for (const session of await run.listSessions()) steps.push(...(await run.readSteps(session.id)).steps)
  return steps
}

describe('predictDataset', () => {
  it('oracle predicts every step of opera-mini exactly and scores 100% exact match', async () => {
    const dir = out('oracle')
    const result = await predictDataset({
      source: MINI,
      out: dir,
      policy: createOraclePolicy(),
      concurrency: 4,
    })
    expect(result.failures).toEqual([])
    expect(result.predicted).toBe(15)
    const steps = await recordedSteps(dir)
    expect(steps).toHaveLength(15)
    expect(steps.every((s) => s.prediction !== undefined && s.score?.exactMatch === true)).toBe(true)
    // The HTML travels with the run, so a predict run is itself a source for export and report.
    const run = await openRunDir(dir)
    expect(await run.readHtml(steps[0] as Step)).toContain('name=')
    const { records } = await readRunDirRecords(dir)
    const { metrics } = scorePredictions(records, { resamples: 0 })
    expect(metrics.overall.exactMatch.value).toBe(1)
    expect(metrics.overall.actionTypeAccuracy.value).toBe(1)
  })

  it('at a 30% fault rate every step is predicted exactly once; malformed answers score 0 and the run goes on', async () => {
    server = await startScriptedServer({
      answer: firstNameAnswer(),
      seed: 3,
      faults: { rate: 0.3, retryAfter: 0 },
    })
    const policy = createOpenAIPolicy({
      baseUrl: server.url,
      model: 'scripted',
      clock: noWait,
      timeoutMs: 500,
      maxAttempts: 30,
      concurrency: 4,
    })
    const dir = out('faults')
    const result = await predictDataset({ source: MINI, out: dir, policy, concurrency: 4 })
    expect(result.failures).toEqual([])
    const steps = await recordedSteps(dir)
    const keys = steps.map((s) => `${s.sessionId}#${s.index}`)
    expect(new Set(keys).size).toBe(15)
    expect(keys).toHaveLength(15)
    expect(steps.every((s) => s.prediction !== undefined && s.score !== undefined)).toBe(true)
    const faults = server.stats.outcomes
    expect(
      faults.rate_limit + faults.server_error + faults.unavailable + faults.hang + faults.reset,
    ).toBeGreaterThan(0)
    const broken = steps.filter((s) => s.prediction?.formatError !== undefined)
    expect(broken.length).toBe(faults.malformed_json + faults.truncated)
    for (const step of broken) expect(step.score?.total).toBe(0)
  })

  it('leaves a step whose policy failed unrecorded, and a re-run fills it in without duplicates', async () => {
    const oracle = createOraclePolicy()
    const flaky: Policy = {
      name: 'flaky',
      decide: async (context) => {
        if (context.stepIndex === 2) throw new ShopsimError('E_MODEL_UNAVAILABLE', 'endpoint down')
        return oracle.decide(context)
      },
    }
    const dir = out('resume')
    const first = await predictDataset({ source: MINI, out: dir, policy: flaky, concurrency: 3 })
    expect(first.failures.map((f) => f.index)).toEqual([2, 2])
    expect(first.failures[0]?.code).toBe('E_MODEL_UNAVAILABLE')
    // Two of the three sessions have a step 2.
    expect(await recordedSteps(dir)).toHaveLength(13)
    const run = await openRunDir(dir)
    expect((await run.listSessions()).map((s) => s.status).sort()).toEqual(['done', 'failed', 'failed'])

    const second = await predictDataset({ source: MINI, out: dir, policy: oracle, concurrency: 3 })
    expect(second.failures).toEqual([])
    expect(second.predicted).toBe(2)
    expect(second.alreadyPredicted).toBe(13)
    const steps = await recordedSteps(dir)
    expect(steps.map((s) => `${s.sessionId}#${s.index}`).sort()).toEqual(
      [...new Set(steps.map((s) => `${s.sessionId}#${s.index}`))].sort(),
    )
    expect(steps).toHaveLength(15)
    expect((await openRunDir(dir).then((r) => r.listSessions())).every((s) => s.status === 'done')).toBe(true)

    const third = await predictDataset({ source: MINI, out: dir, policy: oracle })
    expect(third.predicted).toBe(0)
    expect(third.alreadyPredicted).toBe(15)
  })

  it('decides steps concurrently (the server sees several requests at once) and writes each session in order', async () => {
    server = await startScriptedServer({ answer: firstNameAnswer(), latencyMs: 40 })
    const policy = createOpenAIPolicy({ baseUrl: server.url, model: 'scripted', concurrency: 8 })
    const dir = out('concurrent')
    await predictDataset({ source: MINI, out: dir, policy, concurrency: 8 })
    expect(server.stats.maxInFlight).toBeGreaterThan(1)
    const run = await openRunDir(dir)
    for (const session of await run.listSessions()) {
      const { steps } = await run.readSteps(session.id)
      expect(steps.map((s) => s.index)).toEqual(steps.map((_, i) => i))
    }
  })

  it('sends each step screenshot, resized to the pixel budget, when images are on', async () => {
    const source = await runWithScreenshots(1600, 1000)
    server = await startScriptedServer({ answer: firstNameAnswer() })
    const policy = createOpenAIPolicy({
      baseUrl: server.url,
      model: 'scripted',
      image: { maxPixels: 400_000, format: 'png' },
    })
    await predictDataset({ source, out: out('image'), policy, image: true, selection: { limit: 1 } })
    const sizes = []
    for (const request of server.requests.filter((r) => r.path.endsWith('/chat/completions'))) {
      const body = request.body as { messages: { content: unknown }[] }
      const parts = body.messages.flatMap((m) => (Array.isArray(m.content) ? m.content : []))
      const image = parts.find((p: { type: string }) => p.type === 'image_url') as
        | { image_url: { url: string } }
        | undefined
      expect(image, 'every request carries the screenshot').toBeDefined()
      const data = Buffer.from((image?.image_url.url ?? '').split(',')[1] ?? '', 'base64')
      const meta = await sharp(data).metadata()
      sizes.push([meta.width, meta.height])
    }
    expect(sizes.length).toBeGreaterThan(0)
    // 1600x1000 scaled by sqrt(400000 / 1600000) = 0.5 -> 800x500.
    for (const size of sizes) expect(size).toEqual([800, 500])
  })
})

/** opera-mini's sessions copied into a run directory with a generated screenshot per step. */
async function runWithScreenshots(width: number, height: number): Promise<string> {
  const dataset = await openOperaDataset(MINI)
  const dir = out('source')
  const run = await openRunDir(dir, { create: true, kind: 'import', durable: false })
  const png = await sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  for await (const session of dataset.sessions()) {
    await run.openSession(session.id, { userId: session.userId, provenance: session.provenance })
    for (const step of session.steps) {
      const { html, screenshot: _shot, ...observation } = step.observation
      await run.appendStep(
        session.id,
        { ...step, observation },
        { ...(html !== undefined && { html }), screenshot: { bytes: png, ext: 'png', width, height } },
      )
    }
    await run.markSessionDone(session.id, { outcome: session.outcome })
  }
  return dir
}

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createOpenAIPolicy } from '../simulator/agents/openai/index.js'
import { firstNameAnswer, startScriptedServer } from '../simulator/agents/scripted-server/index.js'
import { predictDataset } from '../simulator/predict/index.js'
import { defineBench } from './define-bench.js'
import { positiveInt } from './flags.js'
import { formatNumber } from './format.js'
import { copiedSource } from './predict/bench-source.js'

// From the issue: overhead < 20 ms per step without images; throughput at 8 >= 6x that at 1.
const GOAL_OVERHEAD_MS = 20
const GOAL_SCALING = 6
const DATASET = 'data/opera-mini'

const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

interface Timed {
  ms: number
  steps: number
}

async function timePredict(source: string, baseUrl: string, concurrency: number): Promise<Timed> {
  const policy = createOpenAIPolicy({ baseUrl, model: 'scripted', concurrency })
  const out = join(mkdtempSync(join(tmpdir(), 'shopsim-bench-predict-')), 'run')
  const start = performance.now()
  const result = await predictDataset({ source, out, policy, concurrency })
  const ms = performance.now() - start
  rmSync(out, { recursive: true, force: true })
  if (result.failures.length > 0) throw new Error(`predict failed ${result.failures.length} steps`)
  return { ms, steps: result.predicted }
}

/**
 * The floor: the same number of chat requests, each carrying a page of the same size, sent one after the
 * other with fetch and read back; no source reading, prompt rendering, parsing, scoring or recording.
 */
async function timeRawRequests(baseUrl: string, pages: readonly string[]): Promise<Timed> {
  const start = performance.now()
  for (const whole of pages) {
    // What our prompt carries at most: the default 24,000-token budget at 4 characters a token.
    const page = whole.slice(0, 96_000)
    const response = await fetch(`${baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'scripted', messages: [{ role: 'user', content: page }] }),
    })
    await response.json()
  }
  return { ms: performance.now() - start, steps: pages.length }
}

export const predictBench = defineBench({
  name: 'predict',
  description: 'shopsim predict against the scripted OpenAI-compatible server: overhead per step and scaling',
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: { copies: { type: 'string' }, 'latency-ms': { type: 'string' } },
      strict: true,
    })
    const copies = positiveInt(values.copies, 40, '--copies')
    const latencyMs = positiveInt(values['latency-ms'], 100, '--latency-ms')
    const work = mkdtempSync(join(tmpdir(), 'shopsim-bench-predict-src-'))
    const source = join(work, 'source')
    const { steps, pages } = await copiedSource(DATASET, source, copies)
    write(`source: ${steps} steps (${copies} copies of ${DATASET}'s real sessions)`)

    // Overhead: a server that answers at once, one step at a time, against the raw request loop.
    const instant = await startScriptedServer({ answer: firstNameAnswer(), record: false })
    const seen = instant.stats
    try {
      await timePredict(source, instant.url, 1) // warm-up: JIT, file cache
      const ours = await timePredict(source, instant.url, 1)
      const served = seen.chatRequests
      const floor = await timeRawRequests(instant.url, pages)
      if (seen.chatRequests - served !== pages.length) throw new Error('the floor did not reach the server')
      const oursPerStep = ours.ms / ours.steps
      const floorPerStep = floor.ms / floor.steps
      const overhead = oursPerStep - floorPerStep
      write(
        `overhead: ours ${oursPerStep.toFixed(2)} ms/step, raw requests ${floorPerStep.toFixed(2)} ms/step`,
      )

      // Scaling: a server that takes `latencyMs` per answer (a model's time) and answers all requests at once.
      const slow = await startScriptedServer({ answer: firstNameAnswer(), latencyMs, record: false })
      const rates: Record<number, number> = {}
      try {
        for (const concurrency of [1, 8, 32]) {
          const run = await timePredict(source, slow.url, concurrency)
          rates[concurrency] = run.steps / (run.ms / 1000)
          write(
            `concurrency ${concurrency}: ${run.steps} steps in ${formatNumber(run.ms)} ms -> ${rates[concurrency]?.toFixed(1)} steps/s (server latency ${latencyMs} ms)`,
          )
        }
      } finally {
        await slow.close()
      }
      const scaling = (rates[8] ?? 0) / (rates[1] ?? 1)
      return {
        comparisons: [
          {
            what: 'time per step, one at a time, instant server',
            unit: 'ms/step',
            ours: oursPerStep,
            floor: floorPerStep,
            floorSource: 'raw fetch of the same number of chat requests with each step own page (same bytes)',
          },
        ],
        goals: [
          {
            text: `overhead < ${GOAL_OVERHEAD_MS} ms per step (${overhead.toFixed(2)} ms)`,
            met: overhead < GOAL_OVERHEAD_MS,
          },
          {
            text: `throughput at 8 >= ${GOAL_SCALING}x at 1 (${scaling.toFixed(2)}x; at 32: ${((rates[32] ?? 0) / (rates[1] ?? 1)).toFixed(2)}x)`,
            met: scaling >= GOAL_SCALING,
          },
        ],
      }
    } finally {
      await instant.close()
      rmSync(work, { recursive: true, force: true })
    }
  },
})

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createBrowserPool } from '../environments/browser/pool.js'
import { startStore } from '../environments/store/index.js'
import { createHeuristicPolicy } from '../simulator/agents/heuristic/index.js'
import { runLive } from '../simulator/runner/index.js'
import { generateTasks } from '../simulator/tasks/index.js'
import type { Persona, Step } from '../traces/schema/index.js'
import { openRunDir } from '../traces/store/index.js'
import { defineBench } from './define-bench.js'
import { positiveInt } from './flags.js'
import { rawReplaySession } from './run/raw-replay.js'
import { median } from './stats.js'

// From the issue: ours <= 1.5x the raw Playwright floor per step.
const GOAL_RATIO = 1.5
const CONCURRENCY = [1, 2, 4] as const

const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

const PERSONAS: Persona[] = [
  {
    userId: 'bench-quick',
    demographics: {},
    shopping: {},
    likert: { shopsQuickly: { answer: 'Strongly agree', score: 5 } },
    bigFive: {},
  },
  {
    userId: 'bench-careful',
    demographics: {},
    shopping: {},
    likert: { researchesBeforeBuying: { answer: 'Strongly agree', score: 5 } },
    bigFive: {},
  },
]

async function readRecorded(dir: string): Promise<Step[][]> {
  const run = await openRunDir(dir)
  const sessions = await run.listSessions()
  return Promise.all(sessions.map(async (s) => (await run.readSteps(s.id)).steps))
}

export const runBench = defineBench({
  name: 'run',
  description: 'shopsim run (heuristic shoppers on the store) vs a raw Playwright loop doing the same clicks',
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: { sessions: { type: 'string' }, runs: { type: 'string' } },
      strict: true,
    })
    const sessions = positiveInt(values.sessions, 8, '--sessions')
    // One round varies by ±15% on a 2-core VM (both sides); the median of three is what the goal is read from.
    const runs = positiveInt(values.runs, 3, '--runs')
    const store = await startStore({ seed: 1 })
    const pool = createBrowserPool()
    const work = mkdtempSync(join(tmpdir(), 'shopsim-bench-run-'))
    const tasks = generateTasks(store.catalog, {
      count: sessions,
      seed: 1,
      variants: { clear: 3, ambiguous: 1 },
    })
    const comparisons = []
    const ratios: number[] = []
    // Every run is the same sessions (same plan, same store), so the floor can follow the path each one took.
    const runSessions = (out: string, concurrency: number) =>
      runLive({
        out,
        pool,
        policy: createHeuristicPolicy(),
        personas: PERSONAS,
        tasks,
        sessions,
        store,
        concurrency,
      })
    try {
      // Warm-up: Chromium, the JIT and the store, with the very sessions every round runs. The store renders
      // a picture on its first request; the floor always runs second, so a picture first asked for in a
      // round would be rendered on our time alone.
      await runSessions(join(work, 'warm'), 1)
      for (const concurrency of CONCURRENCY) {
        const rounds: { ours: number; floor: number }[] = []
        for (let round = 1; round <= runs; round++) {
          const out = join(work, `c${concurrency}-${round}`)
          const started = performance.now()
          const result = await runSessions(out, concurrency)
          const oursMs = performance.now() - started
          // The floor follows the path this run took, so it runs second in every round.
          const recorded = await readRecorded(out)
          const floorStarted = performance.now()
          const queue = [...recorded]
          let floorSteps = 0
          await Promise.all(
            Array.from({ length: concurrency }, async () => {
              for (let steps = queue.shift(); steps !== undefined; steps = queue.shift()) {
                const done = await rawReplaySession(pool, `${store.url}/`, steps)
                floorSteps += done
              }
            }),
          )
          const floorMs = performance.now() - floorStarted
          // Per step: both sides divide by the run's steps, so the floor's per-step time is the same session's
          // browser and store work spread the same way (it skips what loads no page: terminate, refused clicks).
          rounds.push({ ours: oursMs / result.steps, floor: floorMs / result.steps })
          write(
            `concurrency ${concurrency}${runs > 1 ? `, round ${round}` : ''}: ${result.steps} steps in ${(oursMs / 1000).toFixed(1)} s -> ` +
              `${(result.steps / (oursMs / 1000)).toFixed(2)} steps/s, ${((sessions / oursMs) * 3_600_000).toFixed(0)} sessions/hour; ` +
              `raw loop ${floorSteps} actions in ${(floorMs / 1000).toFixed(1)} s (${(oursMs / floorMs).toFixed(2)}x)`,
          )
          rmSync(out, { recursive: true, force: true })
        }
        const oursPerStep = median(rounds.map((r) => r.ours))
        const floorPerStep = median(rounds.map((r) => r.floor))
        ratios.push(oursPerStep / floorPerStep)
        comparisons.push({
          what: `time per step at concurrency ${concurrency}${runs > 1 ? `, median of ${runs} rounds` : ''}`,
          unit: 'ms/step',
          ours: oursPerStep,
          floor: floorPerStep,
          floorSource:
            'raw Playwright: the same path of clicks, inputs and page loads, no observing or recording',
        })
      }
    } finally {
      await pool.close()
      await store.close()
      rmSync(work, { recursive: true, force: true })
    }
    return {
      comparisons,
      goals: CONCURRENCY.map((c, i) => ({
        text: `<= ${GOAL_RATIO}x the raw loop per step at concurrency ${c} (${(ratios[i] ?? 0).toFixed(2)}x)`,
        met: (ratios[i] ?? Number.POSITIVE_INFINITY) <= GOAL_RATIO,
      })),
    }
  },
})

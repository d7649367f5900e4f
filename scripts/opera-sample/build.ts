import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { createBrowserPool } from '../../environments/browser/index.js'
import { startStore } from '../../environments/store/index.js'
import { createHeuristicPolicy } from '../../simulator/agents/heuristic/index.js'
import type { Policy } from '../../simulator/agents/policy.js'
import { type ConvertedSession, runToOpera } from '../../simulator/convert/index.js'
import { runLive } from '../../simulator/runner/index.js'
import { datasetCard } from '../../traces/opera/index.js'
import type { Persona } from '../../traces/schema/index.js'
import { sampleDescription } from './readme.js'
import { samplePersonas } from './sample-personas.js'
import { sampleTasks } from './sample-tasks.js'
import { seededClock } from './seeded-clock.js'
import { SAMPLE } from './settings.js'

export interface BuildOptions {
  fixturesDir: string
  /** The dataset root; it is emptied first, since everything in it is generated. */
  out: string
  /** Keep the live run here (default: a temporary directory, removed at the end). */
  runDir?: string
  /** Told about each session as it starts. */
  log?: (line: string) => void
}

export interface BuildSummary {
  sessions: ConvertedSession[]
  personas: Persona[]
  /** Every file written, relative to `out`, with its size in bytes, sorted by path. */
  files: { path: string; bytes: number }[]
  runDir?: string
}

function listFiles(root: string, dir = root): { path: string; bytes: number }[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      const stat = statSync(path)
      return stat.isDirectory() ? listFiles(root, path) : [{ path: relative(root, path), bytes: stat.size }]
    })
}

/** The heuristic shopper, saying when each session starts (progress without touching the run's clock). */
function announcing(policy: Policy, log: ((line: string) => void) | undefined): Policy {
  if (log === undefined) return policy
  return {
    ...policy,
    decide: (context) => {
      if (context.stepIndex === 0) log(`${context.sessionId}: ${context.persona?.userId ?? 'no persona'}`)
      return policy.decide(context)
    },
  }
}

/**
 * Builds data/opera-sample: the embedded store (fixed seed and clock), the heuristic shopper, 2 real and 4
 * synthetic personas with 4 sessions each (one task of each variant), recorded by the live runner one session
 * at a time under a seeded clock, then converted to the OPeRA layout by runToOpera.
 */
export async function buildOperaSample(options: BuildOptions): Promise<BuildSummary> {
  const personas = samplePersonas(options.fixturesDir, SAMPLE.personaSeed, SAMPLE.syntheticPersonas)
  const store = await startStore({
    seed: SAMPLE.storeSeed,
    catalogSize: SAMPLE.catalogSize,
    clock: () => new Date(SAMPLE.start),
  })
  const pool = createBrowserPool()
  const workDir =
    options.runDir === undefined ? mkdtempSync(join(tmpdir(), 'shopsim-opera-sample-')) : undefined
  const runDir = options.runDir ?? join(workDir as string, 'run')
  try {
    const tasks = sampleTasks(store.catalog, personas.length, SAMPLE.taskSeed)
    await runLive({
      out: runDir,
      pool,
      policy: announcing(createHeuristicPolicy({ maxSteps: SAMPLE.maxSteps }), options.log),
      personas,
      tasks,
      sessions: personas.length * SAMPLE.sessionsPerPersona,
      store,
      // One session at a time: the seeded clock is then read in the same order on every build.
      concurrency: 1,
      maxSteps: SAMPLE.maxSteps,
      seed: SAMPLE.runSeed,
      environment: `shopsim store (seed ${SAMPLE.storeSeed})`,
      clock: seededClock(SAMPLE.start, SAMPLE.clockSeed),
    })
    rmSync(options.out, { recursive: true, force: true })
    const converted = await runToOpera(runDir, {
      out: options.out,
      version: 'filtered',
      origin: SAMPLE.origin,
      screenshots: SAMPLE.screenshots,
    })
    // The card describes the sessions, known only once they are converted.
    writeFileSync(
      join(options.out, 'README.md'),
      datasetCard(options.out, sampleDescription(converted.sessions, personas, converted.dataset)),
    )
    return {
      sessions: converted.sessions,
      personas,
      files: listFiles(options.out),
      ...(options.runDir !== undefined && { runDir }),
    }
  } finally {
    await pool.close()
    await store.close()
    if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true })
  }
}

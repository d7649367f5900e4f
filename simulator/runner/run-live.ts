import { availableParallelism } from 'node:os'
import type { BrowserPool } from '../../environments/browser/pool.js'
import type { Store } from '../../environments/store/index.js'
import { OUTCOMES, type Outcome, type Persona, type Task } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { findToolVersion } from '../../traces/tool-version.js'
import type { Policy } from '../agents/policy.js'
import { createProgress, type ProgressStream } from '../replay/progress.js'
import type { Shard } from '../replay/shard.js'
import { createSemaphore } from '../semaphore.js'
import { runLiveSession, type SessionRunContext } from './run-session.js'
import { planSessions } from './session-plan.js'

export interface RunLiveOptions {
  out: string
  pool: BrowserPool
  policy: Policy
  personas: readonly Persona[]
  /** Tasks given to sessions in turn; none: the shopper has no intent (or the policy its own). */
  tasks?: readonly Task[]
  sessions: number
  /** The embedded store, when the run drives it (purchases and task rewards come from its order log). */
  store?: Store
  /** Where sessions start; default the store's home page. */
  startUrl?: string
  /** Origins the agents may visit; default the start URL's origin. */
  allowlist?: readonly string[]
  concurrency?: number
  maxSteps?: number
  /** Give the policy each step's screenshot. */
  image?: boolean
  seed?: number
  shard?: Shard
  actionTimeoutMs?: number
  /** Browser operations in flight at once across sessions (default twice the CPU count, at least 2). */
  browserSlots?: number
  /** What the sessions shop in, for provenance (default: the start URL). */
  environment?: string
  /** Recorded in run.json (policy settings, store seed): never secrets. */
  describe?: Record<string, unknown>
  clock?: () => Date
  progress?: ProgressStream
}

export interface RunLiveResult {
  runDir: string
  /** Sessions in this run (or shard), whichever call ran them. */
  sessions: number
  /** Sessions run by this call (the others were done already). */
  ranNow: number
  steps: number
  outcomes: Record<Outcome, number>
  /** Mean task reward over sessions run now that had a task, when the store scored them. */
  meanTaskReward?: number
}

export const DEFAULT_MAX_STEPS = 30

/**
 * Runs `sessions` persona shoppers, `concurrency` at once, each in its own browser context, recording every
 * step into a run directory (kind `live`). Sessions done by an earlier call are skipped, so a killed run
 * re-run continues where it stopped without duplicates.
 */
export async function runLive(options: RunLiveOptions): Promise<RunLiveResult> {
  const clock = options.clock ?? (() => new Date())
  const startUrl = options.startUrl ?? (options.store ? `${options.store.url}/` : undefined)
  if (startUrl === undefined) throw new Error('runLive needs a store or a startUrl')
  const seed = options.seed ?? 0
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS
  const run = await openRunDir(options.out, {
    create: true,
    kind: 'live',
    durable: false,
    clock,
    options: {
      environment: options.store ? 'store' : startUrl,
      sessions: options.sessions,
      seed,
      maxSteps,
      image: options.image ?? false,
      policy: options.policy.name,
      ...(options.policy.model !== undefined && { model: options.policy.model }),
      ...(options.shard !== undefined && { shard: options.shard }),
      ...options.describe,
    },
  })
  const plan = planSessions({
    sessions: options.sessions,
    personas: options.personas,
    tasks: options.tasks ?? [],
    seed,
    ...(options.shard !== undefined && { shard: options.shard }),
  })
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
  const progress = createProgress(
    options.progress,
    () => clock().getTime(),
    'run',
    () =>
      OUTCOMES.filter((o) => outcomes[o] > 0)
        .map((o) => `${o} ${outcomes[o]}`)
        .join(', '),
  )
  progress.update({ sessionsTotal: plan.length })
  const browserVersion = plan.length === 0 ? undefined : await options.pool.version()
  const ctx: SessionRunContext = {
    run,
    pool: options.pool,
    policy: options.policy,
    ...(options.store !== undefined && { store: options.store }),
    startUrl,
    allowlist: options.allowlist ?? [new URL(startUrl).origin],
    maxSteps,
    image: options.image ?? false,
    actionTimeoutMs: options.actionTimeoutMs ?? 10_000,
    provenance: {
      source: 'live',
      environment: options.environment ?? startUrl,
      ...(browserVersion !== undefined && { browserVersion }),
      toolVersion: findToolVersion(),
    },
    clock,
    onStep: () => progress.update({ steps: 1 }),
    browserSlots: createSemaphore(options.browserSlots ?? defaultBrowserSlots()),
  }
  let ranNow = 0
  let steps = 0
  const rewards: number[] = []
  const queue = [...plan]
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const result = await runLiveSession(ctx, next)
      if (result.kind === 'skipped') continue
      ranNow++
      steps += result.steps
      outcomes[result.outcome]++
      if (result.taskResult) rewards.push(result.taskResult.reward)
      progress.update({ sessionsDone: 1, failures: result.outcome === 'error' ? 1 : 0 })
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? 1, plan.length))
  await Promise.all(Array.from({ length: workers }, worker))
  progress.finish()
  return {
    runDir: run.dir,
    sessions: plan.length,
    ranNow,
    steps,
    outcomes,
    ...(rewards.length > 0 && { meanTaskReward: rewards.reduce((a, b) => a + b, 0) / rewards.length }),
  }
}

/** Enough to keep Chromium busy while one operation waits on the network, few enough not to thrash it. */
function defaultBrowserSlots(): number {
  return Math.max(2, 2 * availableParallelism())
}

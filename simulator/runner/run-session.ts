import type { BrowserPool } from '../../environments/browser/pool.js'
import { type LiveObservation, openLiveEnvironment } from '../../environments/live.js'
import type { Store } from '../../environments/store/index.js'
import type { Action, Outcome, Provenance, Step, StepError, TaskResult } from '../../traces/schema/index.js'
import { mixSeed } from '../../traces/seeded-random.js'
import type { RunDir } from '../../traces/store/index.js'
import { toStepError } from '../../traces/store/session-file.js'
import type { Policy } from '../agents/policy.js'
import type { Semaphore } from '../semaphore.js'
import { shoppingIntentAt, taskRewardForItems } from '../tasks/index.js'
import { liveStepRecord } from './live-step.js'
import type { PlannedSession } from './session-plan.js'
import { storeSessionOf } from './store-session.js'

export interface SessionRunContext {
  run: RunDir
  pool: BrowserPool
  policy: Policy
  /** The embedded store when the run drives it: purchases and task rewards come from its order log. */
  store?: Store
  startUrl: string
  allowlist: readonly string[]
  maxSteps: number
  image: boolean
  actionTimeoutMs: number
  provenance: Provenance
  clock: () => Date
  onStep: () => void
  /**
   * Browser work (load, observe, act) in flight at once across sessions. Sessions beyond it wait their turn,
   * so 50 sessions on 2 cores queue instead of timing each other out. Sessions that started earlier are served
   * first: they finish and close their pages sooner, and every page left open costs Chromium CPU.
   */
  browserSlots: Semaphore
}

export type SessionRunResult =
  | { kind: 'skipped' }
  | { kind: 'ended'; outcome: Outcome; steps: number; reason: string; taskResult?: TaskResult }

const now = () => performance.now()

/** Why a session ended, in the words session.json records. */
type Ending = { outcome: Outcome; reason: string }

/**
 * Runs one shopper: observe → decide → record → act until it terminates, buys, reaches the step limit or
 * meets an error. Each step is written as soon as its action has run, so a crash loses no finished step. A session
 * found half-done (the run was killed) is closed as `incomplete` and not re-run: its steps are real.
 */
export async function runLiveSession(
  ctx: SessionRunContext,
  plan: PlannedSession,
): Promise<SessionRunResult> {
  const { run } = ctx
  const resume = await run.openSession(plan.id, {
    userId: plan.persona.userId,
    persona: plan.persona,
    provenance: { ...ctx.provenance, seed: plan.seed },
    ...(plan.task !== undefined && { task: plan.task }),
  })
  if (resume.previous === 'done') return { kind: 'skipped' }
  if (resume.previous !== 'new') {
    const reason = 'interrupted: the run stopped while this session was in flight'
    await run.markSessionDone(plan.id, { outcome: 'incomplete', endReason: reason })
    return { kind: 'ended', outcome: 'incomplete', steps: resume.recorded.length, reason }
  }

  const history: Step[] = []
  let ending: Ending | undefined
  let storeSession: string | undefined
  const inSlot = <T>(work: () => Promise<T>) => inBrowserSlot(ctx.browserSlots, plan.ordinal, work)
  const env = await inSlot(() =>
    openLiveEnvironment({ pool: ctx.pool, allowlist: ctx.allowlist, actionTimeoutMs: ctx.actionTimeoutMs }),
  ).catch((error: unknown) => {
    ending = errorEnding(error)
    return undefined
  })
  try {
    if (env !== undefined) {
      const loaded = await inSlot(() => env.reset(ctx.startUrl))
      if (loaded.kind !== 'ok')
        ending = { outcome: 'error', reason: `start page did not load: ${loaded.kind}` }
      else if (ctx.store !== undefined) storeSession = await storeSessionOf(ctx.store, env.page)
    }
    // A step's files are written while the next page is observed; the history the next decision sees waits for them.
    let writing: Promise<Step> | undefined
    const written = async (): Promise<readonly Step[]> => {
      const step = writing
      writing = undefined
      if (step !== undefined) history.push(await step)
      return history
    }
    try {
      for (let index = 0; env !== undefined && ending === undefined; index++) {
        if (index >= ctx.maxSteps) {
          ending = { outcome: 'incomplete', reason: `step limit (${ctx.maxSteps})` }
          break
        }
        const step = await runStep(ctx, plan, env, index, written)
        writing = step.written
        ctx.onStep()
        ending = step.ending ?? purchaseEnding(ctx.store, storeSession)
      }
    } finally {
      // Whatever ended the session, the last step's write is finished (or its failure met) before it closes.
      await written()
    }
  } catch (error) {
    ending = errorEnding(error)
  } finally {
    await env?.close().catch(() => undefined)
  }
  const final = ending ?? { outcome: 'error', reason: 'ended without a reason' }
  const taskResult = taskResultOf(ctx, plan, storeSession, final.outcome, history.length)
  await run.markSessionDone(plan.id, {
    outcome: final.outcome,
    endReason: final.reason,
    ...(taskResult !== undefined && { taskResult }),
  })
  return {
    kind: 'ended',
    outcome: final.outcome,
    steps: history.length,
    reason: final.reason,
    ...(taskResult !== undefined && { taskResult }),
  }
}

async function inBrowserSlot<T>(slots: Semaphore, priority: number, work: () => Promise<T>): Promise<T> {
  const release = await slots.acquire(undefined, priority)
  try {
    return await work()
  } finally {
    release()
  }
}

function errorEnding(error: unknown): Ending {
  const { code, message } = toStepError(error)
  return { outcome: 'error', reason: `${code}: ${message}` }
}

function purchaseEnding(store: Store | undefined, storeSession: string | undefined): Ending | undefined {
  if (store === undefined || storeSession === undefined) return undefined
  return store.orders(storeSession).length > 0
    ? { outcome: 'purchase', reason: 'placed an order' }
    : undefined
}

function taskResultOf(
  ctx: SessionRunContext,
  plan: PlannedSession,
  storeSession: string | undefined,
  outcome: Outcome,
  steps: number,
): TaskResult | undefined {
  if (plan.task === undefined || ctx.store === undefined) return undefined
  const items =
    storeSession === undefined ? [] : ctx.store.orders(storeSession).flatMap((order) => order.items)
  const result = taskRewardForItems(plan.task, ctx.store.catalog, items, { outcome, steps })
  return { kind: result.kind, reward: result.reward, success: result.success }
}

interface StepRun {
  /** The step as recorded, once its files are written (a failed write rejects it). */
  written: Promise<Step>
  ending?: Ending
}

type LiveEnv = Awaited<ReturnType<typeof openLiveEnvironment>>

async function runStep(
  ctx: SessionRunContext,
  plan: PlannedSession,
  env: LiveEnv,
  index: number,
  earlierSteps: () => Promise<readonly Step[]>,
): Promise<StepRun> {
  const started = now()
  const seen: LiveObservation = await inBrowserSlot(ctx.browserSlots, plan.ordinal, () => env.observe())
  const observed = now()
  const history = await earlierSteps()
  const prediction = await ctx.policy.decide({
    sessionId: plan.id,
    stepIndex: index,
    persona: plan.persona,
    personaMode: 'full',
    ...(plan.task !== undefined && { intent: shoppingIntentAt(plan.task, index) }),
    history,
    observation: seen.observation,
    ...(ctx.image && { screenshot: seen.screenshot.bytes }),
    seed: mixSeed(plan.seed, index),
  })
  const decided = now()
  const errors: StepError[] = []
  let action: Action | undefined = prediction.action
  let ending: Ending | undefined
  if (action === undefined) {
    // The model's answer had no usable action: the step records what it said, and the session ends.
    errors.push({ code: 'policy_format', message: prediction.formatError ?? 'no action' })
    action = { type: 'terminate' }
    ending = { outcome: 'error', reason: `the policy gave no valid action: ${prediction.formatError ?? ''}` }
  } else if (action.type === 'terminate') ending = { outcome: 'terminate', reason: 'the shopper terminated' }
  let result: Awaited<ReturnType<LiveEnv['act']>> | undefined
  let broken: unknown
  try {
    const chosen = action
    result =
      chosen.type === 'terminate'
        ? undefined
        : await inBrowserSlot(ctx.browserSlots, plan.ordinal, () => env.act(chosen))
  } catch (error) {
    // The browser died under the action: the step is still recorded (what was seen, what was decided,
    // how it failed) before the session ends with the error.
    broken = error
    errors.push(toStepError(error))
  }
  const acted = now()
  const { step, files } = liveStepRecord({
    sessionId: plan.id,
    index,
    seed: mixSeed(plan.seed, index, 1),
    timestamp: ctx.clock(),
    seen,
    action,
    ...(prediction.rationale !== undefined && { rationale: prediction.rationale }),
    prediction,
    ...(result !== undefined && { result }),
    errors,
    timings: { observeMs: observed - started, decideMs: decided - observed, actMs: acted - decided },
  })
  // History keeps what later prompts use (actions, rationales, urls, page_meta), not every page's HTML.
  const { html: _html, ...observation } = seen.observation
  const written = ctx.run.appendStep(plan.id, step, files).then((appended): Step => {
    const recorded = appended.kind === 'appended' ? appended.step : (step as Step)
    return { ...recorded, observation }
  })
  // Awaited later (with the next decision, or as the session ends); until then its failure is kept, not lost.
  written.catch(() => undefined)
  if (broken !== undefined) {
    await written
    throw broken
  }
  return { written, ...(ending !== undefined && { ending }) }
}

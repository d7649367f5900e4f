import type { Persona, Session, Step } from '../../traces/schema/index.js'
import { hashText, mixSeed } from '../../traces/seeded-random.js'
import { openRunDir, type RunDir } from '../../traces/store/index.js'
import { toStepError } from '../../traces/store/session-file.js'
import type { PersonaMode, Policy } from '../agents/policy.js'
import { choosePersona } from '../prompts/index.js'
import { createProgress, type ProgressStream } from '../replay/progress.js'
import { openSessionSource, type SessionSelection, type SessionSource } from '../replay/session-source.js'
import { ownScreenshotFile } from '../replay/step-files.js'
import { createSemaphore, type Semaphore } from '../semaphore.js'
import { isPredictable, predictedStepRecord, predictStep } from './predict-step.js'

export interface PredictDatasetOptions {
  /** An OPeRA dataset (any layout the reader knows) or a run directory. */
  source: string
  /** The run directory to write (kind `predict`); an existing one is resumed. */
  out: string
  policy: Policy
  selection?: SessionSelection
  /** Steps decided at once, across sessions (default 1). */
  concurrency?: number
  /** Which persona the policy sees (default full). */
  personaMode?: PersonaMode
  /** Send each step's screenshot to the policy (when the source has one). */
  image?: boolean
  /** Seeds the policy's draws and the shuffled personas (default 0). */
  seed?: number
  /** Reward recorded with each prediction (default shop-r1). */
  reward?: string
  rewardOptions?: Record<string, unknown>
  /** Recorded in run.json beside the options above (model, prompt settings): never secrets. */
  describe?: Record<string, unknown>
  clock?: () => Date
  progress?: ProgressStream
}

export interface StepFailure {
  sessionId: string
  index: number
  code: string
  message: string
}

export interface PredictResult {
  runDir: string
  sessions: number
  /** Steps predicted by this call. */
  predicted: number
  /** Predictable steps already in the run directory from an earlier call. */
  alreadyPredicted: number
  /** Steps whose policy failed after its retries; a re-run predicts them. */
  failures: StepFailure[]
}

interface PredictRun {
  run: RunDir
  source: SessionSource
  options: PredictDatasetOptions
  personas: readonly Persona[]
  seed: number
  limit: Semaphore
  tally: { predicted: number; alreadyPredicted: number; failures: StepFailure[] }
  onStep: () => void
}

/**
 * Predicts the next action at every click / input / terminate step of the selected sessions and records each
 * step with its prediction and score. The history a policy sees is the recorded one (what the shopper did),
 * so steps are independent: they are decided concurrently and written in order. Done sessions are skipped
 * and interrupted ones resumed; a step whose policy failed is left out and predicted by the next run.
 */
export async function predictDataset(options: PredictDatasetOptions): Promise<PredictResult> {
  const clock = options.clock ?? (() => new Date())
  const source = await openSessionSource(options.source, options.selection ?? {})
  const run = await openRunDir(options.out, {
    create: true,
    kind: 'predict',
    durable: false,
    clock,
    options: {
      source: options.source,
      policy: options.policy.name,
      ...(options.policy.model !== undefined && { model: options.policy.model }),
      personaMode: options.personaMode ?? 'full',
      image: options.image ?? false,
      seed: options.seed ?? 0,
      reward: options.reward ?? 'shop-r1',
      ...(options.selection?.split !== undefined && { split: options.selection.split }),
      ...(options.selection?.shard !== undefined && { shard: options.selection.shard }),
      ...options.describe,
    },
  })
  const progress = createProgress(options.progress, () => clock().getTime(), 'predict')
  progress.update({ sessionsTotal: source.ids.length })
  const ctx: PredictRun = {
    run,
    source,
    options,
    personas: options.personaMode === 'shuffled' ? await source.personas() : [],
    seed: options.seed ?? 0,
    limit: createSemaphore(Math.max(1, options.concurrency ?? 1)),
    tally: { predicted: 0, alreadyPredicted: 0, failures: [] },
    onStep: () => progress.update({ steps: 1 }),
  }
  const pending: Promise<void>[] = []
  for await (const session of source.sessions()) {
    // Scheduling waits for free slots, so sessions are pulled (and their HTML decoded) only as fast as
    // steps are decided.
    const { ended } = await scheduleSession(ctx, session)
    pending.push(ended.then((failed) => progress.update({ sessionsDone: 1, failures: failed ? 1 : 0 })))
  }
  await Promise.all(pending)
  progress.finish()
  return { runDir: run.dir, sessions: source.ids.length, ...ctx.tally }
}

function personaFor(ctx: PredictRun, session: Session): Persona | undefined {
  const mode = ctx.options.personaMode ?? 'full'
  return choosePersona(mode, session.persona, ctx.personas, mixSeed(ctx.seed, hashText(session.userId)))
}

/**
 * Launches the session's step decisions and resolves once all are launched; `ended` settles when the session
 * is written and marked (true when a step failed). Wrapped in an object because awaiting a promise of a
 * promise would wait for the inner one too.
 */
async function scheduleSession(ctx: PredictRun, session: Session): Promise<{ ended: Promise<boolean> }> {
  const { run } = ctx
  const resume = await run.openSession(session.id, {
    userId: session.userId,
    ...(session.persona !== undefined && { persona: session.persona }),
    ...(session.split !== undefined && { split: session.split }),
    provenance: session.provenance,
  })
  if (resume.previous === 'done') {
    ctx.tally.alreadyPredicted += session.steps.filter(isPredictable).length
    return { ended: Promise.resolve(false) }
  }
  const recorded = new Set(resume.recorded)
  const persona = personaFor(ctx, session)
  const failures: StepFailure[] = []
  // Decisions run concurrently; each write waits for the one before it, so steps.jsonl stays in order.
  let written: Promise<void> = Promise.resolve()
  for (const step of session.steps) {
    if (recorded.has(step.index)) {
      if (isPredictable(step)) ctx.tally.alreadyPredicted++
      continue
    }
    const history = session.steps.slice(0, step.index)
    const decided = isPredictable(step)
      ? (await launchDecision(ctx, step, history, persona)).decision
      : undefined
    const previous = written
    written = (async () => {
      const outcome = await decided
      await previous
      if (outcome !== undefined && 'failure' in outcome) {
        failures.push(outcome.failure)
        return
      }
      await writeStep(ctx, step, outcome?.prediction)
    })()
  }
  const ended = written.then(async () => {
    ctx.tally.failures.push(...failures)
    const first = failures[0]
    if (first === undefined) await run.markSessionDone(session.id, { outcome: session.outcome })
    else
      await run.markSessionFailed(session.id, Object.assign(new Error(first.message), { code: first.code }))
    return first !== undefined
  })
  return { ended }
}

type Decision = { prediction: Awaited<ReturnType<typeof predictStep>> } | { failure: StepFailure }

/** Waits for a free slot, then starts deciding; `decision` settles when the policy answers. */
async function launchDecision(
  ctx: PredictRun,
  step: Step,
  history: readonly Step[],
  persona: Persona | undefined,
): Promise<{ decision: Promise<Decision> }> {
  const release = await ctx.limit.acquire()
  const decision = (async (): Promise<Decision> => {
    try {
      const screenshot = ctx.options.image === true ? await ctx.source.screenshot(step) : undefined
      const prediction = await predictStep({
        policy: ctx.options.policy,
        step,
        history,
        persona,
        personaMode: ctx.options.personaMode ?? 'full',
        ...(screenshot !== undefined && { screenshot }),
        seed: mixSeed(ctx.seed, hashText(step.sessionId), step.index),
        reward: ctx.options.reward ?? 'shop-r1',
      })
      ctx.tally.predicted++
      ctx.onStep()
      return { prediction }
    } catch (error) {
      const { code, message } = toStepError(error)
      return { failure: { sessionId: step.sessionId, index: step.index, code, message } }
    } finally {
      release()
    }
  })()
  return { decision }
}

async function writeStep(
  ctx: PredictRun,
  step: Step,
  prediction: Awaited<ReturnType<typeof predictStep>> | undefined,
): Promise<void> {
  const record = predictedStepRecord(
    step,
    prediction,
    ctx.options.reward ?? 'shop-r1',
    ctx.options.rewardOptions,
  )
  const screenshot = await ownScreenshotFile(await ctx.source.screenshot(step))
  await ctx.run.appendStep(step.sessionId, record, {
    ...(step.observation.html !== undefined && { html: step.observation.html }),
    ...(screenshot !== undefined && { screenshot }),
  })
}

import type { BrowserPool } from '../../environments/browser/pool.js'
import { openStepRenderer, type ReplayOptions, type StepRenderer } from '../../environments/replay/index.js'
import { isShopsimError } from '../../traces/errors.js'
import type { Provenance, Session, Step, StepInput } from '../../traces/schema/index.js'
import type { RunDir, ScreenshotFile } from '../../traces/store/index.js'
import { RENDER_WARNING_CODE } from './fidelity-report.js'
import type { SessionSource } from './session-source.js'
import { ownScreenshotFile, writeSomFiles } from './step-files.js'

/** Told before each step is rendered; tests crash the browser from here. */
export type BeforeStepHook = (event: { sessionId: string; index: number; attempt: number }) => unknown

export interface SessionReplayContext {
  run: RunDir
  pool: BrowserPool
  source: SessionSource
  render: ReplayOptions
  provenance: (session: Session) => Provenance
  beforeStep?: BeforeStepHook
  onStep: () => void
}

export type SessionReplayResult =
  | { kind: 'skipped' }
  | { kind: 'done'; attempts: number }
  | { kind: 'failed'; attempts: number; error: unknown }

/** A browser that dies mid-session costs one retry; a second death (or any other error) fails it. */
const MAX_ATTEMPTS = 2

export async function replaySession(
  ctx: SessionReplayContext,
  session: Session,
): Promise<SessionReplayResult> {
  const { run } = ctx
  const fields = {
    userId: session.userId,
    ...(session.persona !== undefined && { persona: session.persona }),
    ...(session.split !== undefined && { split: session.split }),
    provenance: ctx.provenance(session),
  }
  for (let attempt = 1; ; attempt++) {
    const resume = await run.openSession(session.id, fields)
    if (resume.previous === 'done') return { kind: 'skipped' }
    const recorded = new Set(resume.recorded)
    let renderer: StepRenderer | undefined
    try {
      const opened = await openStepRenderer(ctx.pool, ctx.render)
      renderer = opened
      for (const step of session.steps) {
        if (recorded.has(step.index)) continue
        await ctx.beforeStep?.({ sessionId: session.id, index: step.index, attempt })
        await replayStep(ctx, opened, step)
        ctx.onStep()
      }
      await opened.close()
      await run.markSessionDone(session.id, { outcome: session.outcome })
      return { kind: 'done', attempts: attempt }
    } catch (error) {
      await renderer?.close().catch(() => undefined)
      if (isShopsimError(error, 'E_BROWSER_CRASHED') && attempt < MAX_ATTEMPTS) continue
      await run.markSessionFailed(session.id, error)
      return { kind: 'failed', attempts: attempt, error }
    }
  }
}

async function replayStep(ctx: SessionReplayContext, renderer: StepRenderer, step: Step): Promise<void> {
  const own =
    ctx.render.rerender === true ? undefined : await ownScreenshotFile(await ctx.source.screenshot(step))
  const replayed = await renderer.render(step, { hasScreenshot: own !== undefined })
  const rendered = replayed.screenshot
  const screenshot: ScreenshotFile | undefined =
    own ?? (rendered === undefined ? undefined : { ...rendered, ext: 'jpg' })
  await writeSomFiles(ctx.run, step, replayed)
  const { html, screenshot: recordedShot, htmlFile: _htmlFile, ...observation } = step.observation
  const name = recordedShot?.name
  const input: StepInput = {
    ...step,
    observation: {
      ...observation,
      viewport: replayed.viewport,
      elements: replayed.elements,
      ...(name !== undefined && { screenshot: { name } }),
    },
    grounding: replayed.grounding,
    errors: [
      ...step.errors,
      ...replayed.warnings.map((warning) => ({ code: RENDER_WARNING_CODE, message: warning })),
    ],
  }
  await ctx.run.appendStep(step.sessionId, input, {
    ...(html !== undefined && { html }),
    ...(screenshot !== undefined && { screenshot }),
  })
}

import type { ExportExample, ExportSplit, GroundTruth, ScreenshotState } from '../../traces/export/index.js'
import type { Persona, Session, Step } from '../../traces/schema/index.js'
import { hashText, mixSeed } from '../../traces/seeded-random.js'
import type { DecisionContext } from '../agents/policy.js'
import { goldOf } from '../predict/index.js'
import {
  type PromptOptions,
  type RenderedPrompt,
  renderAssistantTarget,
  renderPrompt,
} from '../prompts/index.js'
import type { SessionSource } from '../replay/session-source.js'
import type { Semaphore } from '../semaphore.js'
import type { ResolvedExportOptions } from './export-options.js'
import { chooseRationale } from './rationale-choice.js'

/** One click / input / terminate step to turn into an example. */
export interface ExampleJob {
  session: Session
  /** The step's position in `session.steps`; the steps before it are its history. */
  position: number
  split: ExportSplit
  index: number
  /** Already chosen for the persona mode, as predict chooses it. */
  persona: Persona | undefined
}

export interface RenderSettings {
  source: SessionSource
  options: ResolvedExportOptions
  /**
   * Slots for screenshot encodes. sharp runs on libuv's thread pool, which file reads share: with every
   * thread busy encoding, the source's page reads would wait behind the encodes and stall the pipeline.
   */
  encodes: Semaphore
}

function groundTruthOf(step: Step): GroundTruth {
  const gold = goldOf(step)
  if (gold === undefined)
    throw new Error(`step ${step.index} of ${step.sessionId} is not a click, input or terminate`)
  // A fixed key order, so the JSON is the same bytes whatever order the source had.
  return {
    type: gold.type,
    ...(gold.name !== undefined && { name: gold.name }),
    ...(gold.text !== undefined && { text: gold.text }),
    ...(gold.click_type !== undefined && { click_type: gold.click_type }),
  }
}

function promptOptions(options: ResolvedExportOptions): PromptOptions {
  return {
    dialect: options.dialect,
    ...(options.historyWindow !== null && { historyWindow: options.historyWindow }),
    tokenBudget: options.tokenBudget,
    image: options.image,
  }
}

/** The prompt with the screenshot, or without it (and why) when there is none or sharp cannot read it. */
async function renderWithScreenshot(
  context: DecisionContext,
  step: Step,
  settings: RenderSettings,
): Promise<{ prompt: RenderedPrompt; screenshot: ScreenshotState }> {
  const options = promptOptions(settings.options)
  if (settings.options.image === false)
    return { prompt: await renderPrompt(context, options), screenshot: 'off' }
  const bytes = await settings.source.screenshot(step)
  if (bytes === undefined) return { prompt: await renderPrompt(context, options), screenshot: 'missing' }
  const release = await settings.encodes.acquire()
  try {
    return { prompt: await renderPrompt({ ...context, screenshot: bytes }, options), screenshot: 'attached' }
  } catch {
    // Only encoding the screenshot can fail here; the text alone renders.
    return { prompt: await renderPrompt(context, options), screenshot: 'unreadable' }
  } finally {
    release()
  }
}

/**
 * Renders one example with the same prompt code and the same context as `shopsim predict`: the recorded
 * steps before it as history, the persona of the persona mode, the per-step seed. The target is the
 * recorded action with the rationale the rationale option picks.
 */
export async function renderExample(job: ExampleJob, settings: RenderSettings): Promise<ExportExample> {
  const { session, position } = job
  const step = session.steps[position] as Step
  const { options } = settings
  const context: DecisionContext = {
    sessionId: session.id,
    stepIndex: step.index,
    personaMode: options.personaMode,
    ...(job.persona !== undefined && { persona: job.persona }),
    history: session.steps.slice(0, position),
    observation: step.observation,
    seed: mixSeed(options.seed, hashText(session.id), step.index),
  }
  const { prompt, screenshot } = await renderWithScreenshot(context, step, settings)
  const { rationale, source } = chooseRationale(step, options.rationale)
  return {
    split: job.split,
    index: job.index,
    sessionId: session.id,
    userId: session.userId,
    step: step.index,
    prompt: prompt.messages,
    target: renderAssistantTarget(
      { ...(rationale !== undefined && { rationale }), action: step.action },
      options.dialect,
    ),
    groundTruth: groundTruthOf(step),
    rationaleSource: source,
    screenshot,
    cut: prompt.cut,
    estimatedTokens: prompt.estimatedTokens,
    ...(step.prediction !== undefined && { prediction: step.prediction }),
    ...(step.score !== undefined && { score: step.score }),
  }
}

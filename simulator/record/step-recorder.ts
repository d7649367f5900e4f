import type { Page } from 'playwright-core'
import type { LiveObservation } from '../../environments/live.js'
import type { Action, Step, StepError, StepInput } from '../../traces/schema/index.js'
import { mixSeed } from '../../traces/seeded-random.js'
import type { RunDir, StepFiles } from '../../traces/store/index.js'
import { liveStepRecord } from '../runner/live-step.js'
import type { PageAction } from './page-messages.js'
import { type RationalePrompt, wantsRationale } from './rationale-prompt.js'
import { rationaleQuestion } from './rationale-question.js'
import type { RecordingEvent } from './recording-events.js'

export interface StepRecorderOptions {
  run: RunDir
  sessionId: string
  seed: number
  rationaleRate: number
  prompt: RationalePrompt
  page: Page
  onEvent: (event: RecordingEvent) => void
  /** Aborted when the recording stops: a prompt still open is given up. */
  signal: AbortSignal
}

/** A step waiting for the person's answer before it is written (steps are append-only, in order). */
interface AwaitingRationale {
  step: StepInput
  files: StepFiles
  question: string
  attempts: number
}

/** A prompt that could not be shown is tried again on the next page, then given up. */
const MAX_ASK_ATTEMPTS = 2

const ACTIONS = {
  click: (message) => ({ type: 'click', name: message.name }),
  input: (message) => ({ type: 'input', name: message.name, text: message.text }),
} satisfies { [T in PageAction['type']]: (message: Extract<PageAction, { type: T }>) => Action }

/**
 * Pairs each action the person takes with the page as last observed before it, and writes the steps in the
 * live runner's format (liveStepRecord), asking for a rationale on the seeded sample of steps.
 */
export class StepRecorder {
  private latest: LiveObservation | undefined
  private previous: LiveObservation | undefined
  private awaiting: AwaitingRationale | undefined
  private readonly written: Pick<Step, 'action' | 'clickType'>[] = []
  private nextIndex = 0
  rationales = 0

  constructor(private readonly options: StepRecorderOptions) {}

  get steps(): readonly Pick<Step, 'action' | 'clickType'>[] {
    return this.written
  }

  get hasObservation(): boolean {
    return this.latest !== undefined
  }

  get awaitingRationale(): boolean {
    return this.awaiting !== undefined
  }

  observed(seen: LiveObservation): void {
    this.previous = this.latest
    this.latest = seen
  }

  /**
   * The observation the person acted on: the newest whose element table has the name. The name came from
   * the marks of one of the last two observations (a new one may have been in flight during the click).
   */
  private observationFor(name: string): { seen: LiveObservation; errors: StepError[] } | undefined {
    const has = (seen: LiveObservation | undefined) =>
      seen?.observation.elements?.some((element) => element.name === name) === true
    if (this.latest !== undefined && has(this.latest)) return { seen: this.latest, errors: [] }
    if (this.previous !== undefined && has(this.previous)) return { seen: this.previous, errors: [] }
    if (this.latest === undefined) return undefined
    return {
      seen: this.latest,
      errors: [{ code: 'record_name_not_observed', message: `${name} is not in the observed element table` }],
    }
  }

  async recordAction(message: PageAction, at: Date): Promise<void> {
    const found = this.observationFor(message.name)
    if (found === undefined) {
      this.options.onEvent({ kind: 'ignored', what: message.type, reason: 'not_observed' })
      return
    }
    // The person moved on before being asked about the step before: it is written without a rationale.
    await this.flushAwaiting()
    const action = (ACTIONS[message.type] as (m: PageAction) => Action)(message)
    const index = this.nextIndex++
    const { step, files } = liveStepRecord({
      sessionId: this.options.sessionId,
      index,
      seed: mixSeed(this.options.seed, index, 1),
      timestamp: at,
      seen: found.seen,
      action,
      errors: found.errors,
    })
    // A person's click has a real pointer position; the runner's is the centre of the element's box.
    if (message.type === 'click' && message.point !== undefined) step.mousePosition = message.point
    if (wantsRationale(this.options.seed, index, this.options.rationaleRate)) {
      const redacted = message.type === 'input' && message.redacted
      const question = rationaleQuestion(action, found.seen, redacted)
      this.awaiting = { step, files, question, attempts: 0 }
    } else await this.append(step, files)
  }

  /** Shows the prompt for the step awaiting a rationale (call when the page has settled after it). */
  async askAwaiting(): Promise<void> {
    const awaiting = this.awaiting
    if (awaiting === undefined || this.options.signal.aborted) return
    awaiting.attempts++
    const answer = await this.options.prompt({
      page: this.options.page,
      question: awaiting.question,
      signal: this.options.signal,
    })
    if (this.awaiting !== awaiting) return
    if (answer.kind === 'unavailable' && awaiting.attempts < MAX_ASK_ATTEMPTS && !this.options.signal.aborted)
      return
    this.options.onEvent({ kind: 'rationale', index: awaiting.step.index, answer })
    this.awaiting = undefined
    const step = answer.kind === 'answered' ? { ...awaiting.step, rationale: answer.text } : awaiting.step
    if (answer.kind === 'answered') this.rationales++
    await this.append(step, awaiting.files)
  }

  /** Writes the step awaiting a rationale without one. */
  async flushAwaiting(): Promise<void> {
    const awaiting = this.awaiting
    if (awaiting === undefined) return
    this.awaiting = undefined
    await this.append(awaiting.step, awaiting.files)
  }

  /** OPeRA closes every session that does not end in a purchase with a terminate row on the last page. */
  async recordTerminate(at: Date): Promise<void> {
    if (this.latest === undefined) return
    const index = this.nextIndex++
    const { step, files } = liveStepRecord({
      sessionId: this.options.sessionId,
      index,
      seed: mixSeed(this.options.seed, index, 1),
      timestamp: at,
      seen: this.latest,
      action: { type: 'terminate' },
    })
    await this.append(step, files)
  }

  private async append(step: StepInput, files: StepFiles): Promise<void> {
    await this.options.run.appendStep(this.options.sessionId, step, files)
    this.written.push({
      action: step.action,
      ...(step.clickType !== undefined && { clickType: step.clickType }),
    })
    this.options.onEvent({
      kind: 'step',
      index: step.index,
      action: step.action,
      ...(step.clickType !== undefined && { clickType: step.clickType }),
      ...(step.rationale !== undefined && { rationale: step.rationale }),
    })
  }
}

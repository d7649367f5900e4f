import type { Action, ClickType } from '../../traces/schema/index.js'
import type { RationaleAnswer } from './rationale-prompt.js'

/** What the recorder tells its caller as it goes (the CLI prints these for the person). */
export type RecordingEvent =
  | { kind: 'step'; index: number; action: Action; clickType?: ClickType; rationale?: string }
  | { kind: 'rationale'; index: number; answer: RationaleAnswer }
  /** A click or text entry not recorded: nothing named encloses it, or its page was not observed yet. */
  | { kind: 'ignored'; what: 'click' | 'input'; reason: 'unnamed' | 'not_observed' }
  | { kind: 'warning'; message: string }

import type { ClickType } from '../schema/click-type.js'
import type { Prediction } from '../schema/prediction.js'
import type { Score } from '../schema/score.js'

/** Exports split by session into these two, as OPeRA does. */
export const EXPORT_SPLITS = ['train', 'test'] as const
export type ExportSplit = (typeof EXPORT_SPLITS)[number]

/** Where an example's rationale came from: a person's, a model's, or none (an empty rationale). */
export const RATIONALE_SOURCES = ['human', 'model', 'none'] as const
export type RationaleSource = (typeof RATIONALE_SOURCES)[number]

/** What became of the step's screenshot: sent, off by option, absent from the source, or unreadable. */
export const SCREENSHOT_STATES = ['attached', 'off', 'missing', 'unreadable'] as const
export type ScreenshotState = (typeof SCREENSHOT_STATES)[number]

export type ExportContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string } }

/** A chat message in the OpenAI shape prompts are rendered in; each format maps it to its own. */
export interface ExportMessage {
  role: 'system' | 'user' | 'assistant'
  content: string | ExportContentPart[]
}

/** The recorded action in OPeRA's spelling (`input`), with its click type: what RL rewards compare to. */
export interface GroundTruth {
  type: 'click' | 'input' | 'terminate'
  name?: string
  text?: string
  click_type?: ClickType
}

/** One training example: a recorded click / input / terminate step with its rendered prompt and target. */
export interface ExportExample {
  split: ExportSplit
  /** Position among the examples of its split, from 0. */
  index: number
  sessionId: string
  userId: string
  /** The step's index in its session. */
  step: number
  /** System and user messages, exactly as `shopsim predict` sends them. */
  prompt: ExportMessage[]
  /** The assistant answer: `{"rationale": ..., "action": {...}}` in the export's dialect. */
  target: string
  groundTruth: GroundTruth
  rationaleSource: RationaleSource
  screenshot: ScreenshotState
  /** What the context budget cut from the prompt, in words. */
  cut: string[]
  estimatedTokens: number
  /** From a predict run: what the policy answered and how it scored. */
  prediction?: Prediction
  score?: Score
}

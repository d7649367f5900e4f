import type { Grounding } from '../../traces/schema/grounding.js'
import type { Box, Element, Viewport } from '../../traces/schema/observation.js'
import type { Step } from '../../traces/schema/step.js'

export interface ReplayOptions {
  /** A recorded window wider than this is scaled down proportionally (default 1280). */
  maxWidth?: number
  /** Take a screenshot even when the dataset has one (default false). */
  rerender?: boolean
  /** Also draw a set-of-marks overlay (default false). */
  som?: boolean
  /** A page that never settles gives a warning, not a hang (default 5000). */
  settleTimeoutMs?: number
  /** JPEG quality of the screenshot (default 70). */
  jpegQuality?: number
}

export interface SomMark {
  id: number
  name: string
  box: Box
}

export interface ReplayedStep {
  /** The viewport used (after scaling). */
  viewport: Viewport
  /** Used width / recorded width (1 when not scaled). */
  scale: number
  /** Where the page was scrolled before the screenshot (from mouse_position.pageY). */
  scrollY: number
  /** JPEG; present when one was taken. */
  screenshot?: { bytes: Uint8Array; width: number; height: number }
  /** PNG overlay + the numbering. */
  som?: { bytes: Uint8Array; marks: SomMark[] }
  /** Every named element, with box / visible / inViewport / clickType. */
  elements: Element[]
  /** `predicted` only when step.prediction?.action exists. */
  grounding: { gold: Grounding; predicted?: Grounding }
  /** e.g. 'empty_html', 'settle_timeout', 'html_truncated'. */
  warnings: string[]
}

export interface StepRenderer {
  /** hasScreenshot: the dataset already has a screenshot for this step (then none is taken unless rerender). */
  render(step: Step, options?: { hasScreenshot?: boolean }): Promise<ReplayedStep>
  close(): Promise<void>
}

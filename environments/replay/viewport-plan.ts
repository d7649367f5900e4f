import type { Viewport } from '../../traces/schema/observation.js'
import type { Step } from '../../traces/schema/step.js'

/** OPeRA's most common window when a step has no `window_size`. */
export const DEFAULT_RECORDED_VIEWPORT: Viewport = { width: 1280, height: 800 }

export interface ViewportPlan {
  viewport: Viewport
  /** Used width / recorded width. */
  scale: number
  /** Where to scroll before the screenshot, in the used (scaled) CSS pixels; 0 for the top. */
  scrollTarget: number
}

/**
 * The viewport a step is rendered in: the recorded window, shrunk proportionally to `maxWidth`. The page is
 * scrolled so the recorded pointer sits mid-screen, but only when the pointer was below the first screen.
 */
export function planViewport(step: Step, maxWidth: number): ViewportPlan {
  const recorded = step.observation.viewport ?? DEFAULT_RECORDED_VIEWPORT
  const scale = recorded.width > maxWidth ? maxWidth / recorded.width : 1
  const viewport = {
    width: Math.max(1, Math.round(recorded.width * scale)),
    height: Math.max(1, Math.round(recorded.height * scale)),
  }
  const pageY = step.mousePosition?.pageY
  const scaledY = pageY === undefined || !Number.isFinite(pageY) ? 0 : pageY * scale
  const scrollTarget = scaledY > viewport.height ? Math.round(scaledY - viewport.height / 2) : 0
  return { viewport, scale, scrollTarget }
}

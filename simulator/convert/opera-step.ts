import type { Product, Step } from '../../traces/schema/index.js'
import { rewriteHtmlOrigin, rewriteUrl, rewriteUrlsIn, type UrlRules } from './rewrite-urls.js'

export interface StepPlacement {
  /** The OPeRA session id the step now belongs to. */
  sessionId: string
  index: number
  urls: UrlRules
  /** The step's screenshot in the dataset's image table. */
  screenshotName?: string
  products?: Product[]
}

/**
 * A recorded pointer position outside the viewport is the centre of an element that was off screen when the
 * page was observed: the browser scrolled before clicking, so the click did not happen there.
 */
function inViewport(step: Step): boolean {
  const { clientX, clientY } = step.mousePosition ?? {}
  const viewport = step.observation.viewport
  if (clientX === undefined || clientY === undefined || viewport === undefined) return true
  return clientX >= 0 && clientY >= 0 && clientX < viewport.width && clientY < viewport.height
}

/**
 * A recorded step as an OPeRA action row holds it: the page (URL, simplified HTML, page_meta, window size,
 * screenshot name), the action with its click type, element_meta and mouse_position in OPeRA's empty forms
 * when the recording has none, products, rationale. What OPeRA has no column for (the element table, the
 * policy's output, timings, errors) is left out.
 */
export function toOperaStep(step: Step, html: string | undefined, placement: StepPlacement): Step {
  const { observation, action } = step
  const targeted = action.type === 'click' || action.type === 'input'
  const shot = observation.screenshot
  return {
    sessionId: placement.sessionId,
    actionId: step.actionId,
    index: placement.index,
    ...(step.timestamp !== undefined && { timestamp: step.timestamp }),
    action,
    ...(step.clickType !== undefined && { clickType: step.clickType }),
    observation: {
      ...(observation.url !== undefined && { url: rewriteUrl(observation.url, placement.urls) }),
      ...(html !== undefined && { html: rewriteHtmlOrigin(html, placement.urls) }),
      ...(placement.screenshotName !== undefined && {
        screenshot: {
          name: placement.screenshotName,
          ...(shot?.width !== undefined && { width: shot.width }),
          ...(shot?.height !== undefined && { height: shot.height }),
        },
      }),
      ...(observation.pageMeta !== undefined && {
        pageMeta: rewriteUrlsIn(observation.pageMeta, placement.urls) as Record<string, unknown>,
      }),
      ...(observation.viewport !== undefined && { viewport: observation.viewport }),
    },
    ...(step.rationale !== undefined && { rationale: step.rationale }),
    ...(placement.products !== undefined && { products: placement.products }),
    // OPeRA's rows for clicks and inputs always have both columns, `{}` and `{"name": "", "data": ""}` when empty.
    ...(targeted && { mousePosition: inViewport(step) ? (step.mousePosition ?? {}) : {} }),
    ...(targeted && {
      elementMeta:
        step.elementMeta === undefined
          ? { name: '' }
          : { name: step.elementMeta.name, data: rewriteUrlsIn(step.elementMeta.data, placement.urls) },
    }),
    errors: [],
  }
}

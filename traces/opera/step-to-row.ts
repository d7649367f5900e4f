import { classifyClick } from '../schema/click-type.js'
import type { Step } from '../schema/step.js'
import type { ActionRow } from './columns.js'
import { pythonJson } from './python-json.js'

const json = (value: unknown): string | null => (value === undefined ? null : pythonJson(value))

const NAVIGATION_SPELLING = {
  back: 'back',
  forward: 'forward',
  reload: 'reload',
  new_page: 'new page',
  other: 'other',
} as const

/** The inverse of rowToStep: one Step as an OPeRA action row (every column a string or null, JSON as OPeRA writes it). */
export function stepToRow(step: Step): ActionRow {
  const { action, observation } = step
  const name = action.type === 'click' || action.type === 'input' ? action.name : undefined
  const scroll = action.type === 'scroll' ? action.detail : undefined
  return {
    session_id: step.sessionId,
    action_id: step.actionId,
    timestamp: step.timestamp ?? null,
    action_type: action.type,
    click_type: action.type === 'click' ? (step.clickType ?? classifyClick(action.name)) : null,
    semantic_id: name ?? null,
    mouse_position: json(step.mousePosition),
    // OPeRA encodes `data` as a JSON string inside the JSON object.
    element_meta:
      step.elementMeta === undefined
        ? null
        : pythonJson({
            name: step.elementMeta.name,
            data: step.elementMeta.data === undefined ? '' : pythonJson(step.elementMeta.data),
          }),
    url: observation.url ?? null,
    window_size: json(observation.viewport),
    page_meta: json(observation.pageMeta),
    simplified_html: observation.html ?? null,
    rationale: step.rationale ?? null,
    products: json(step.products),
    input_text: action.type === 'input' ? action.text : null,
    image: observation.screenshot?.name ?? null,
    navigation_type:
      action.type === 'navigation' && action.navigationType
        ? NAVIGATION_SPELLING[action.navigationType]
        : null,
    simplified_html_new_page: step.newPage?.html ?? null,
    scroll_detail:
      scroll === undefined
        ? null
        : pythonJson({
            scroll_current_top: scroll.top === undefined ? '' : String(scroll.top),
            scroll_current_left: scroll.left === undefined ? '' : String(scroll.left),
            scroll_distance_x: scroll.dx === undefined ? '' : String(scroll.dx),
            scroll_distance_y: scroll.dy === undefined ? '' : String(scroll.dy),
          }),
    target: step.target ?? null,
    image_new_page: step.newPage?.screenshot ?? null,
  }
}

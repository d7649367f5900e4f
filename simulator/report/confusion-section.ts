import { NO_PREDICTION } from '../../rewards/metrics/index.js'
import { CLICK_TYPES, CORE_ACTION_TYPES } from '../../traces/schema/index.js'
import { heatmap } from './charts/heatmap.js'
import type { ConfusionCounts } from './confusion-counts.js'
import { html, type SafeHtml } from './escape-html.js'

/** Action-type and click-type confusion matrices (gold rows, predicted columns). */
export function confusionSection(actionTypes: ConfusionCounts, clickTypes: ConfusionCounts): SafeHtml {
  if (actionTypes.size === 0) return html``
  const actionOrder = [...CORE_ACTION_TYPES, NO_PREDICTION]
  const clickOrder = [...CLICK_TYPES, NO_PREDICTION]
  const actions = heatmap({
    title: 'Action type',
    rows: actionTypes.rows(actionOrder),
    columns: actionTypes.columns(actionOrder),
    counts: actionTypes.counts,
    rowTitle: 'gold',
    columnTitle: 'predicted',
  })
  const clicks =
    clickTypes.size === 0
      ? ''
      : heatmap({
          title: 'Click type (gold clicks)',
          rows: clickTypes.rows(clickOrder),
          columns: clickTypes.columns(clickOrder),
          counts: clickTypes.counts,
          rowTitle: 'gold',
          columnTitle: 'predicted',
        })
  return html`<section id="confusion"><h2>Confusion matrices</h2>
<p class="note">Rows: the recorded (gold) type; columns: the predicted one, parsed leniently as the metrics parse it. The predicted click type is classified from the predicted name; <code>${NO_PREDICTION}</code> = no usable prediction (or, for clicks, no click predicted). Shade = share of the row.</p>
<div class="charts">${actions}${clicks}</div></section>`
}

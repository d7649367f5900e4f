import { columnChart } from './charts/column-chart.js'
import { histogramColumns } from './charts/histogram.js'
import { html, type SafeHtml } from './escape-html.js'

/** One histogram per reward component, as recorded with each predicted step. */
export function rewardsSection(
  values: ReadonlyMap<string, number[]>,
  rewardNames: ReadonlySet<string>,
): SafeHtml {
  if (values.size === 0) return html``
  const charts = [...values].map(([name, list]) =>
    columnChart({
      title: `${name} (${list.length} steps)`,
      columns: histogramColumns(list),
      xLabel: 'value',
    }),
  )
  return html`<section id="rewards"><h2>Reward components</h2>
<p class="note">Distributions of the reward recorded with each predicted step (${[...rewardNames].join(', ')}); components that could not be computed for a step are left out of its histogram.</p>
<div class="charts">${charts}</div></section>`
}

import { OUTCOMES } from '../../traces/schema/index.js'
import { barChart } from './charts/bar-chart.js'
import { columnChart } from './charts/column-chart.js'
import { histogramColumns } from './charts/histogram.js'
import { html, type SafeHtml } from './escape-html.js'
import { fixed } from './number-format.js'
import type { Mean } from './run-tally.js'
import type { SessionRow } from './session-row.js'

function counts(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const v of values) out[v] = (out[v] ?? 0) + 1
  return out
}

/** Sessions as a shopper lived them: outcomes, task rewards, steps per session, why they ended, timings. */
export function liveSection(rows: readonly SessionRow[], timings: ReadonlyMap<string, Mean>): SafeHtml {
  const outcomes = counts(rows.map((r) => r.outcome))
  const taskRewards = rows.flatMap((r) => (r.taskReward === undefined ? [] : [r.taskReward]))
  const successes = rows.filter((r) => r.taskSuccess === true).length
  const endReasons = counts(rows.flatMap((r) => (r.endReason === undefined ? [] : [r.endReason])))
  const charts = [
    barChart({
      title: 'Outcomes',
      categories: OUTCOMES.filter((o) => (outcomes[o] ?? 0) > 0),
      series: [{ label: 'sessions', values: outcomes }],
      format: String,
    }),
    taskRewards.length === 0
      ? ''
      : columnChart({
          title: `Task reward (${taskRewards.length} sessions with a task, ${successes} successful)`,
          columns: histogramColumns(taskRewards),
          xLabel: 'reward',
        }),
    columnChart({
      title: 'Steps per session',
      columns: histogramColumns(rows.map((r) => r.steps)),
      xLabel: 'steps',
    }),
  ]
  const reasons = Object.entries(endReasons).sort(([, a], [, b]) => b - a)
  const timingRows = [...timings].map(
    ([name, m]) =>
      html`<tr><td>${name.replace(/Ms$/, '')}</td><td class="num">${fixed(m.sum / m.n, 0)} ms</td><td class="num">${m.n}</td></tr>`,
  )
  return html`<section id="sessions-overview"><h2>Outcomes and tasks</h2>
<div class="charts">${charts}</div>
${reasons.length === 0 ? '' : html`<h3>Why sessions ended</h3><table class="end-reasons"><tbody>${reasons.map(([reason, n]) => html`<tr><td>${reason}</td><td class="num">${n}</td></tr>`)}</tbody></table>`}
${timingRows.length === 0 ? '' : html`<h3>Mean time per step</h3><table class="timings"><thead><tr><th>phase</th><th class="num">mean</th><th class="num">steps</th></tr></thead><tbody>${timingRows}</tbody></table>`}
</section>`
}

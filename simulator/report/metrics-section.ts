import {
  METRIC_LABELS,
  METRIC_NAMES,
  type MetricsWithIntervals,
  PER_USER_METRICS,
  type PredictionsScore,
} from '../../rewards/metrics/index.js'
import { intervalChart } from './charts/interval-chart.js'
import { html, type SafeHtml } from './escape-html.js'
import { fixed } from './number-format.js'

const interval = (m: { low: number | undefined; high: number | undefined }) =>
  m.low === undefined ? '-' : `${fixed(m.low)} – ${fixed(m.high)}`

function metricsTable(metrics: MetricsWithIntervals): SafeHtml {
  const rows = METRIC_NAMES.map((name) => {
    const m = metrics[name]
    return html`<tr><td>${METRIC_LABELS[name]}</td><td class="num">${fixed(m.value)}</td><td class="num">${interval(m)}</td></tr>`
  })
  return html`<table class="metrics"><thead><tr><th>metric</th><th class="num">value</th><th class="num">95% interval</th></tr></thead><tbody>${rows}</tbody></table>`
}

/** The OPeRA metrics with bootstrap intervals, per user, and the mean reward of every component. */
export function metricsSection(score: PredictionsScore, resamples: number): SafeHtml {
  const { metrics, rewards } = score
  const chart = intervalChart({
    title: 'Metrics with 95% intervals',
    rows: METRIC_NAMES.map((name) => ({ label: METRIC_LABELS[name], ...metrics.overall[name] })),
  })
  const perUser = metrics.perUser.map(
    (u) =>
      html`<tr><td>${u.userId}</td><td class="num">${u.steps}</td><td class="num">${u.sessions}</td>${PER_USER_METRICS.map(
        (name) =>
          html`<td class="num">${fixed(u.metrics[name].value)} <span class="note">(${interval(u.metrics[name])})</span></td>`,
      )}</tr>`,
  )
  const components = Object.entries(rewards.components).map(
    ([name, c]) =>
      html`<tr><td>${name}</td><td class="num">${fixed(c.mean)}</td><td class="num">${c.n}</td></tr>`,
  )
  const intervals =
    resamples > 0
      ? `percentile bootstrap over sessions, ${resamples} resamples`
      : 'none (no bootstrap resamples)'
  return html`<section id="metrics"><h2>Metrics</h2>
<p>${metrics.steps} predicted steps in ${metrics.sessions} sessions of ${metrics.perUser.length} users; ${score.unparsed} outputs did not parse and count as no prediction. Intervals: ${intervals}.</p>
<div class="charts">${chart}${metricsTable(metrics.overall)}</div>
<h3>Per user</h3>
<table class="per-user"><thead><tr><th>user</th><th class="num">steps</th><th class="num">sessions</th>${PER_USER_METRICS.map((name) => html`<th class="num">${METRIC_LABELS[name]}</th>`)}</tr></thead><tbody>${perUser}</tbody></table>
<h3>Mean reward (${rewards.reward})</h3>
<table class="reward-means"><thead><tr><th>component</th><th class="num">mean</th><th class="num">n</th></tr></thead><tbody><tr><td>total</td><td class="num">${fixed(rewards.total)}</td><td class="num">${metrics.steps}</td></tr>${components}</tbody></table>
</section>`
}

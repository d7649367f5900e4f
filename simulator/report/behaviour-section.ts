import { basename } from 'node:path'
import type { BehaviourProfile } from '../compare/behaviour-profile.js'
import type { BehaviourComparison, DistributionComparison } from '../compare/compare-behaviour.js'
import { barChart } from './charts/bar-chart.js'
import { html, type SafeHtml } from './escape-html.js'
import { compact, fixed, percent } from './number-format.js'

function referenceName(profile: BehaviourProfile): string {
  return profile.kind === 'published' ? 'OPeRA (published)' : `${basename(profile.source)} (${profile.kind})`
}

/** `referenceHas` false: the reference publishes no such distribution, so only the run's bars are drawn. */
function distributionChart(
  title: string,
  comparison: DistributionComparison,
  names: [string, string],
  referenceHas = true,
): SafeHtml {
  const distance = comparison.distance === null ? 'n/a' : fixed(comparison.distance)
  const note = comparison.note === undefined ? '' : ` (${comparison.note})`
  const series = [{ label: names[0], values: comparison.subject }]
  if (referenceHas) series.push({ label: names[1], values: comparison.reference })
  return html`<div>${barChart({
    title,
    categories: comparison.categories,
    series,
    format: (v) => percent(v),
    max: Math.max(1e-9, ...Object.values(comparison.subject), ...Object.values(comparison.reference)),
  })}<p class="note">Jensen-Shannon distance: <b>${distance}</b>${note}</p></div>`
}

function summaryTable(comparison: BehaviourComparison, names: [string, string]): SafeHtml {
  const { subject: s, reference: r } = comparison
  const num = (v: number | undefined) => (v === undefined ? '-' : compact(v, 1))
  const derived = (key: string) => (key in r.derived ? '*' : '')
  const rows: [string, string, string][] = [
    ['sessions', num(s.sessions), num(r.sessions)],
    ['steps', num(s.steps), num(r.steps)],
    [
      'mean steps per session',
      num(s.stepsPerSession.mean),
      num(r.stepsPerSession.mean) + derived('mean steps'),
    ],
    ['median', num(s.stepsPerSession.median), num(r.stepsPerSession.median)],
    ['90th percentile', num(s.stepsPerSession.p90), num(r.stepsPerSession.p90)],
    ['max', num(s.stepsPerSession.max), num(r.stepsPerSession.max)],
    ['purchase rate', percent(s.purchaseRate), percent(r.purchaseRate) + derived('purchase rate')],
  ]
  return html`<table class="behaviour"><thead><tr><th></th><th class="num">${names[0]}</th><th class="num">${names[1]}</th></tr></thead><tbody>${rows.map(
    ([label, a, b]) => html`<tr><td>${label}</td><td class="num">${a}</td><td class="num">${b}</td></tr>`,
  )}</tbody></table>`
}

/** The run's behaviour beside a reference's (OPeRA's published figures by default), as charts. */
export function behaviourSection(comparison: BehaviourComparison): SafeHtml {
  const names: [string, string] = ['this run', referenceName(comparison.reference)]
  const { reference, subject } = comparison
  const derived = Object.entries(reference.derived).map(
    ([key, how]) => html`<li>* ${key}: derived, not published: ${how}</li>`,
  )
  const notes = [
    ...subject.notes.map((n) => html`<li>this run: ${n}</li>`),
    ...reference.notes.map((n) => html`<li>${names[1]}: ${n}</li>`),
  ]
  return html`<section id="behaviour"><h2>Behaviour against ${names[1]}</h2>
<p class="note">Reference: ${reference.source}. Shares of steps (action type), of clicks (click type) and of sessions (steps per session).</p>
<div class="charts">
${distributionChart('Action type', comparison.actionTypes, names)}
${distributionChart('Click type (of clicks)', comparison.clickTypes, names)}
${distributionChart('Steps per session', comparison.stepsHistogram, names, reference.stepsPerSession.histogram !== undefined)}
${summaryTable(comparison, names)}
</div>
${derived.length + notes.length === 0 ? '' : html`<ul class="note">${derived}${notes}</ul>`}
</section>`
}

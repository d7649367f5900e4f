import { barChart } from './charts/bar-chart.js'
import { html, type SafeHtml } from './escape-html.js'

const KINDS = ['resolved', 'ambiguous', 'missing', 'not_applicable'] as const

/** How a replay found recorded (and predicted) targets on the re-rendered pages. */
export function groundingSection(groundings: {
  gold: ReadonlyMap<string, number>
  predicted: ReadonlyMap<string, number>
}): SafeHtml {
  if (groundings.gold.size === 0) return html``
  const series = [{ label: 'recorded actions', values: Object.fromEntries(groundings.gold) }]
  if (groundings.predicted.size > 0)
    series.push({ label: 'predicted actions', values: Object.fromEntries(groundings.predicted) })
  const present = new Set([...groundings.gold.keys(), ...groundings.predicted.keys()])
  return html`<section id="grounding"><h2>Grounding</h2>
<p class="note">resolved: one element has the name; ambiguous: several (the first is used); missing: none; not applicable: the action has no target (terminate, scroll).</p>
<div class="charts">${barChart({
    title: 'Targets found on the replayed page',
    categories: [
      ...KINDS.filter((k) => present.has(k)),
      ...[...present].filter((k) => !(KINDS as readonly string[]).includes(k)),
    ],
    series,
    format: String,
  })}</div></section>`
}

import { html, type SafeHtml } from '../escape-html.js'
import { fixed } from '../number-format.js'

export interface IntervalRow {
  label: string
  value: number | undefined
  low: number | undefined
  high: number | undefined
}

const LABEL_WIDTH = 190
const PLOT_WIDTH = 320
const ROW = 20
const TOP = 22

/** Metrics in [0, 1] as dots with their 95% interval as a whisker, on one shared axis. */
export function intervalChart(options: { title: string; rows: readonly IntervalRow[] }): SafeHtml {
  const rows = options.rows.filter((r) => r.value !== undefined)
  const width = LABEL_WIDTH + PLOT_WIDTH + 60
  const height = TOP + rows.length * ROW + 8
  const x = (v: number) => LABEL_WIDTH + Math.min(1, Math.max(0, v)) * PLOT_WIDTH
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (t) => html`<line class="grid" x1="${x(t)}" y1="${TOP - 6}" x2="${x(t)}" y2="${height - 4}"/>
<text x="${x(t)}" y="${TOP - 10}" text-anchor="middle">${t}</text>`,
  )
  const marks = rows.map((row, i) => {
    const y = TOP + i * ROW + ROW / 2
    const value = row.value as number
    const whisker =
      row.low === undefined || row.high === undefined
        ? ''
        : html`<line class="whisker" x1="${x(row.low).toFixed(1)}" y1="${y}" x2="${x(row.high).toFixed(1)}" y2="${y}"/>`
    return html`<text x="${LABEL_WIDTH - 8}" y="${y + 4}" text-anchor="end">${row.label}</text>
${whisker}<circle class="dot" cx="${x(value).toFixed(1)}" cy="${y}" r="4"><title>${row.label}: ${fixed(value)} (${fixed(row.low)} - ${fixed(row.high)})</title></circle>`
  })
  return html`<figure class="chart interval-chart"><figcaption>${options.title}</figcaption>
<svg class="chart" role="img" aria-label="${options.title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${ticks}
${marks}
</svg></figure>`
}

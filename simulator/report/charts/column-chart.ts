import { html, type SafeHtml } from '../escape-html.js'

export interface Column {
  label: string
  count: number
}

const LEFT = 36
const BOTTOM = 34
const TOP = 14
const PLOT_HEIGHT = 120
const COLUMN_WIDTH = 36
const GAP = 6

/** Vertical count columns: histograms of rewards, steps per session, task rewards. */
export function columnChart(options: {
  title: string
  columns: readonly Column[]
  xLabel?: string
}): SafeHtml {
  const { columns } = options
  const max = Math.max(1, ...columns.map((c) => c.count))
  const width = LEFT + columns.length * (COLUMN_WIDTH + GAP) + GAP
  const height = TOP + PLOT_HEIGHT + BOTTOM
  const base = TOP + PLOT_HEIGHT
  const bars = columns.map((column, i) => {
    const x = LEFT + GAP + i * (COLUMN_WIDTH + GAP)
    const h = (column.count / max) * PLOT_HEIGHT
    const mid = x + COLUMN_WIDTH / 2
    return html`<rect class="bar s0" x="${x}" y="${(base - h).toFixed(1)}" width="${COLUMN_WIDTH}" height="${h.toFixed(1)}"><title>${column.label}: ${column.count}</title></rect>
<text x="${mid}" y="${(base - h - 3).toFixed(1)}" text-anchor="middle">${column.count}</text>
<text x="${mid}" y="${base + 13}" text-anchor="middle">${column.label}</text>`
  })
  return html`<figure class="chart column-chart"><figcaption>${options.title}</figcaption>
<svg class="chart" role="img" aria-label="${options.title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<line class="axis" x1="${LEFT}" y1="${base}" x2="${width}" y2="${base}"/>
<text x="${LEFT - 4}" y="${TOP + 4}" text-anchor="end">${max}</text>
<text x="${LEFT - 4}" y="${base}" text-anchor="end">0</text>
${bars}
${options.xLabel === undefined ? '' : html`<text x="${(LEFT + width) / 2}" y="${height - 4}" text-anchor="middle">${options.xLabel}</text>`}
</svg></figure>`
}

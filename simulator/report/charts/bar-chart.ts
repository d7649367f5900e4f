import { html, type SafeHtml } from '../escape-html.js'

export interface BarSeries {
  label: string
  values: Readonly<Record<string, number>>
}

export interface BarChartOptions {
  title: string
  categories: readonly string[]
  /** One or two series (subject, reference), drawn as bars side by side per category. */
  series: readonly BarSeries[]
  format: (value: number) => string
  /** The axis maximum; defaults to the largest value. */
  max?: number
}

const LABEL_WIDTH = 170
const PLOT_WIDTH = 300
const VALUE_WIDTH = 70
const BAR_HEIGHT = 14
const GROUP_GAP = 8
const TOP = 6

/** Horizontal bars, one row group per category: long labels (click types, end reasons) stay readable. */
export function barChart(options: BarChartOptions): SafeHtml {
  const { categories, series } = options
  const all = series.flatMap((s) => categories.map((c) => s.values[c] ?? 0))
  const max = options.max ?? Math.max(0, ...all)
  const groupHeight = series.length * BAR_HEIGHT + GROUP_GAP
  const height = TOP + categories.length * groupHeight + 4
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH
  const scale = (v: number) => (max > 0 ? (Math.max(0, v) / max) * PLOT_WIDTH : 0)
  const rows = categories.map((category, i) => {
    const y0 = TOP + i * groupHeight
    const bars = series.map((s, k) => {
      const value = s.values[category] ?? 0
      const y = y0 + k * BAR_HEIGHT
      const w = scale(value)
      return html`<rect class="bar s${k}" x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT - 2}"><title>${s.label}: ${category} ${options.format(value)}</title></rect>
<text x="${(LABEL_WIDTH + w + 4).toFixed(1)}" y="${y + BAR_HEIGHT - 4}">${options.format(value)}</text>`
    })
    const labelY = y0 + (series.length * BAR_HEIGHT) / 2 + 3
    return html`<text x="${LABEL_WIDTH - 6}" y="${labelY}" text-anchor="end">${category}</text>${bars}`
  })
  const legend =
    series.length > 1
      ? html`<div class="note">${series.map((s, k) => html`<span class="swatch s${k}"></span>${s.label}`)}</div>`
      : ''
  return html`<figure class="chart bar-chart"><figcaption>${options.title}</figcaption>
<svg class="chart" role="img" aria-label="${options.title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<line class="axis" x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}"/>
${rows}
</svg>${legend}</figure>`
}

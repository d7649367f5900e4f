import { html, type SafeHtml } from '../escape-html.js'

export interface HeatmapOptions {
  title: string
  rows: readonly string[]
  columns: readonly string[]
  /** counts[row][column] */
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>
  rowTitle: string
  columnTitle: string
}

const CELL = 34
const LABEL_WIDTH = 130
const HEADER_HEIGHT = 96

/**
 * A confusion matrix: a cell's shade is its share of the row (how the gold class was predicted), its text
 * the count. Column labels are slanted so 13 click types fit.
 */
export function heatmap(options: HeatmapOptions): SafeHtml {
  const { rows, columns, counts } = options
  const width = LABEL_WIDTH + columns.length * CELL + 60
  const height = HEADER_HEIGHT + rows.length * CELL + 8
  const header = columns.map((column, j) => {
    const x = LABEL_WIDTH + j * CELL + CELL / 2
    return html`<text transform="translate(${x + 4},${HEADER_HEIGHT - 6}) rotate(-50)">${column}</text>`
  })
  const body = rows.map((row, i) => {
    const y = HEADER_HEIGHT + i * CELL
    const line = counts.get(row)
    const total = [...(line?.values() ?? [])].reduce((a, b) => a + b, 0)
    const cells = columns.map((column, j) => {
      const count = line?.get(column) ?? 0
      const x = LABEL_WIDTH + j * CELL
      const share = total > 0 ? count / total : 0
      const dark = share > 0.55
      return html`<rect class="cell-frame" x="${x}" y="${y}" width="${CELL}" height="${CELL}"/>
<rect class="cell" x="${x + 1}" y="${y + 1}" width="${CELL - 2}" height="${CELL - 2}" fill-opacity="${share.toFixed(3)}"><title>gold ${row}, predicted ${column}: ${count}</title></rect>
${count > 0 ? html`<text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle"${dark ? html` class="on-dark"` : ''}>${count}</text>` : ''}`
    })
    return html`<text x="${LABEL_WIDTH - 6}" y="${y + CELL / 2 + 4}" text-anchor="end">${row}</text>${cells}`
  })
  return html`<figure class="chart heatmap"><figcaption>${options.title}</figcaption>
<svg class="chart" role="img" aria-label="${options.title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<text x="4" y="14">${options.rowTitle} ↓ / ${options.columnTitle} →</text>
${header}
${body}
</svg></figure>`
}

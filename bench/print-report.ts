import type { BenchReport } from './define-bench.js'
import { formatNumber } from './format.js'

/** The lines every benchmark ends with: ours, the floor, their ratio, and each goal with its verdict. */
export function printReport(name: string, report: BenchReport): void {
  const lines = [`\n== ${name}: result`]
  for (const c of report.comparisons) {
    const ratio = c.floor === 0 ? Number.NaN : c.ours / c.floor
    lines.push(
      `${c.what}: ours ${formatNumber(c.ours)} ${c.unit}, floor ${formatNumber(c.floor)} ${c.unit} (${c.floorSource}), ratio ours/floor ${ratio.toFixed(2)}`,
    )
  }
  for (const g of report.goals) lines.push(`goal: ${g.text} -> ${g.met ? 'MET' : 'NOT MET'}`)
  process.stdout.write(`${lines.join('\n')}\n`)
}

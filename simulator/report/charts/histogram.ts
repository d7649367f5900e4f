import { compact } from '../number-format.js'
import type { Column } from './column-chart.js'

const BINS = 10

/**
 * Columns for a histogram. Rewards are often a handful of exact values (0, 0.3, 0.5, 1.1): then each value
 * gets its own column, which reads better than bins that split or merge them. Otherwise, equal-width bins
 * labelled by their lower edge.
 */
export function histogramColumns(values: readonly number[], maxDistinct = 12): Column[] {
  const finite = values.filter(Number.isFinite)
  if (finite.length === 0) return []
  const counts = new Map<number, number>()
  for (const v of finite) counts.set(v, (counts.get(v) ?? 0) + 1)
  if (counts.size <= maxDistinct) {
    return [...counts].sort(([a], [b]) => a - b).map(([value, count]) => ({ label: compact(value), count }))
  }
  const min = Math.min(...finite)
  const max = Math.max(...finite)
  const width = (max - min) / BINS
  const bins = Array.from({ length: BINS }, (_, i) => ({ label: compact(min + i * width), count: 0 }))
  for (const v of finite) {
    const i = Math.min(BINS - 1, Math.floor((v - min) / width))
    ;(bins[i] as Column).count++
  }
  return bins
}

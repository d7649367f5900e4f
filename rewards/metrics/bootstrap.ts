import { SeededRandom } from '../../traces/seeded-random.js'
import type { SessionFacts } from './metric-row.js'
import { METRIC_NAMES, type MetricName, type PointMetrics, pointMetrics } from './point-metrics.js'

export interface Interval {
  value: number | undefined
  /** 2.5th and 97.5th percentiles of the resampled values; undefined when no resample had a value. */
  low: number | undefined
  high: number | undefined
}
export type MetricsWithIntervals = Record<MetricName, Interval>

export interface BootstrapOptions {
  /** Number of resamples (default 1000); 0 gives the point values with no interval. */
  resamples?: number
  seed?: number
}

/** Linear-interpolation percentile of sorted values (numpy's default), p in [0, 1]. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined
  const rank = p * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (b - a) * (rank - lo)
}

/**
 * Percentile bootstrap over sessions: steps of one session are not independent, so whole sessions
 * are drawn with replacement, as many as there are, and every metric is recomputed on each draw.
 */
export function bootstrapMetrics(
  sessions: readonly SessionFacts[],
  options: BootstrapOptions = {},
): MetricsWithIntervals {
  const resamples = options.resamples ?? 1000
  const random = new SeededRandom(options.seed ?? 0)
  const point = pointMetrics(sessions)
  const draws = Object.fromEntries(METRIC_NAMES.map((n) => [n, [] as number[]])) as Record<
    MetricName,
    number[]
  >
  if (sessions.length > 0) {
    for (let r = 0; r < resamples; r++) {
      const sample: SessionFacts[] = []
      for (let i = 0; i < sessions.length; i++)
        sample.push(sessions[random.int(0, sessions.length - 1)] as SessionFacts)
      const m: PointMetrics = pointMetrics(sample)
      for (const name of METRIC_NAMES) {
        const v = m[name]
        if (v !== undefined) draws[name].push(v)
      }
    }
  }
  const result = {} as MetricsWithIntervals
  for (const name of METRIC_NAMES) {
    const sorted = draws[name].sort((a, b) => a - b)
    result[name] = { value: point[name], low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) }
  }
  return result
}

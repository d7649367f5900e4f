import { parseCompletion, scoreWith } from '../index.js'
import { computeMetrics, type MetricsOptions, type MetricsReport } from './compute-metrics.js'
import type { MetricRow } from './metric-row.js'
import type { PredictionRecord } from './prediction-records.js'

export interface RewardMeans {
  reward: string
  /** Mean total over every record. */
  total: number | undefined
  /** Mean of each component over the records where it could be computed (absent ones are left out). */
  components: Record<string, { mean: number; n: number }>
}

export interface PredictionsScore {
  metrics: MetricsReport
  rewards: RewardMeans
  /** Records whose completion did not parse even leniently: they count as no prediction. */
  unparsed: number
}

/**
 * The metrics judge the action the model meant, so completions are parsed leniently (a code fence
 * or trailing text still yields the action); the reward's own format component is what punishes
 * sloppy output.
 */
export function scorePredictions(
  records: readonly PredictionRecord[],
  options: MetricsOptions & { reward?: string } = {},
): PredictionsScore {
  const reward = options.reward ?? 'shop-r1'
  const rows: MetricRow[] = []
  const sums = new Map<string, { sum: number; n: number }>()
  let totalSum = 0
  let unparsed = 0
  for (const record of records) {
    const parsed = parseCompletion(record.completion, 'lenient')
    if (!parsed.ok) unparsed++
    rows.push({
      sessionId: record.sessionId,
      userId: record.userId,
      gold: record.gold,
      ...(parsed.ok ? { predicted: parsed.action } : {}),
    })
    const score = scoreWith(reward, {
      completion: record.completion,
      gold: record.gold,
      ...(record.logprobs ? { logprobs: record.logprobs } : {}),
    })
    totalSum += score.total
    for (const [name, value] of Object.entries(score.components)) {
      if (score.absent.includes(name)) continue
      const entry = sums.get(name) ?? { sum: 0, n: 0 }
      entry.sum += value
      entry.n++
      sums.set(name, entry)
    }
  }
  const metricsOptions: MetricsOptions = {}
  if (options.resamples !== undefined) metricsOptions.resamples = options.resamples
  if (options.seed !== undefined) metricsOptions.seed = options.seed
  if (options.textThreshold !== undefined) metricsOptions.textThreshold = options.textThreshold
  return {
    metrics: computeMetrics(rows, metricsOptions),
    rewards: {
      reward,
      total: records.length === 0 ? undefined : totalSum / records.length,
      components: Object.fromEntries([...sums].map(([name, { sum, n }]) => [name, { mean: sum / n, n }])),
    },
    unparsed,
  }
}

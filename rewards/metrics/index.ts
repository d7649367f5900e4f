export { type Interval, type MetricsWithIntervals, percentile } from './bootstrap.js'
export { computeMetrics, type MetricsOptions, type MetricsReport } from './compute-metrics.js'
export { type F1Summary, f1Summary } from './f1.js'
export { METRIC_LABELS, PER_USER_METRICS } from './metric-labels.js'
export { type MetricRow, NO_PREDICTION, type SessionOutcome, sessionFacts } from './metric-row.js'
export { METRIC_NAMES, type MetricName, type PointMetrics, pointMetrics } from './point-metrics.js'
export {
  type PredictionRecord,
  parsePredictionJsonl,
  type RecordProblem,
  type RecordsRead,
} from './prediction-records.js'
export { readRunDirRecords } from './run-dir-records.js'
export { type PredictionsScore, type RewardMeans, scorePredictions } from './score-predictions.js'

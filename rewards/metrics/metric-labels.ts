import type { MetricName } from './point-metrics.js'

/** The OPeRA metrics as the report names them (the same words as `shopsim score`). */
export const METRIC_LABELS = {
  exactMatch: 'exact match',
  exactMatchClick: 'exact match: click',
  exactMatchInput: 'exact match: input',
  exactMatchTerminate: 'exact match: terminate',
  actionTypeAccuracy: 'action type accuracy',
  actionTypeMacroF1: 'action type macro F1',
  actionTypeWeightedF1: 'action type weighted F1',
  clickTypeWeightedF1: 'click type weighted F1',
  sessionOutcomeAccuracy: 'session outcome accuracy',
  sessionOutcomeWeightedF1: 'session outcome weighted F1',
} as const satisfies Record<MetricName, string>

export const PER_USER_METRICS = ['exactMatch', 'actionTypeAccuracy', 'clickTypeWeightedF1'] as const

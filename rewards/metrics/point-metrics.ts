import { CLICK_TYPES } from '../../traces/schema/click-type.js'
import { f1Summary } from './f1.js'
import type { SessionFacts } from './metric-row.js'

export const ACTION_LABELS = ['click', 'input', 'terminate'] as const
export const OUTCOME_LABELS = ['purchase', 'terminate'] as const

/** Every OPeRA metric as one number; undefined when the data holds nothing it could be computed over. */
export interface PointMetrics {
  exactMatch: number | undefined
  exactMatchClick: number | undefined
  exactMatchInput: number | undefined
  exactMatchTerminate: number | undefined
  actionTypeAccuracy: number | undefined
  actionTypeMacroF1: number | undefined
  actionTypeWeightedF1: number | undefined
  clickTypeWeightedF1: number | undefined
  sessionOutcomeAccuracy: number | undefined
  sessionOutcomeWeightedF1: number | undefined
}
export type MetricName = keyof PointMetrics

export const METRIC_NAMES = [
  'exactMatch',
  'exactMatchClick',
  'exactMatchInput',
  'exactMatchTerminate',
  'actionTypeAccuracy',
  'actionTypeMacroF1',
  'actionTypeWeightedF1',
  'clickTypeWeightedF1',
  'sessionOutcomeAccuracy',
  'sessionOutcomeWeightedF1',
] as const satisfies readonly MetricName[]

const mean = (hits: number, n: number): number | undefined => (n === 0 ? undefined : hits / n)

export function pointMetrics(sessions: readonly SessionFacts[]): PointMetrics {
  const steps = sessions.flatMap((s) => s.steps)
  const emByType = { click: [0, 0], input: [0, 0], terminate: [0, 0] }
  let em = 0
  let typeHits = 0
  for (const step of steps) {
    const bucket = emByType[step.goldType]
    bucket[1] = (bucket[1] ?? 0) + 1
    if (step.exactMatch) {
      em++
      bucket[0] = (bucket[0] ?? 0) + 1
    }
    if (step.goldType === step.predictedType) typeHits++
  }
  const actionF1 = f1Summary(
    steps.map((s) => ({ gold: s.goldType, predicted: s.predictedType })),
    ACTION_LABELS,
  )
  const clicks = steps.flatMap((s) => (s.click ? [s.click] : []))
  const clickF1 = f1Summary(clicks, CLICK_TYPES)
  const outcomes = sessions.map((s) => s.outcome)
  const outcomeF1 = f1Summary(outcomes, OUTCOME_LABELS)
  const byType = (t: keyof typeof emByType) => mean(emByType[t][0] ?? 0, emByType[t][1] ?? 0)
  return {
    exactMatch: mean(em, steps.length),
    exactMatchClick: byType('click'),
    exactMatchInput: byType('input'),
    exactMatchTerminate: byType('terminate'),
    actionTypeAccuracy: mean(typeHits, steps.length),
    actionTypeMacroF1: actionF1?.macro,
    actionTypeWeightedF1: actionF1?.weighted,
    clickTypeWeightedF1: clickF1?.weighted,
    sessionOutcomeAccuracy: mean(outcomes.filter((o) => o.gold === o.predicted).length, outcomes.length),
    sessionOutcomeWeightedF1: outcomeF1?.weighted,
  }
}

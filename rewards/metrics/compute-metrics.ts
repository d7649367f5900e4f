import { type BootstrapOptions, bootstrapMetrics, type MetricsWithIntervals } from './bootstrap.js'
import { type MetricRow, type SessionFacts, sessionFacts } from './metric-row.js'

export interface MetricsOptions extends BootstrapOptions {
  /** ROUGE-L threshold for an input's text to count as an exact match (the reward's default when unset). */
  textThreshold?: number
}

export interface MetricsReport {
  steps: number
  sessions: number
  overall: MetricsWithIntervals
  /** The same metrics per user, each with its own interval over that user's sessions. */
  perUser: { userId: string; steps: number; sessions: number; metrics: MetricsWithIntervals }[]
}

/** The OPeRA metrics with bootstrap 95% intervals over sessions, overall and per user. */
export function computeMetrics(rows: readonly MetricRow[], options: MetricsOptions = {}): MetricsReport {
  const sessions = sessionFacts(rows, options.textThreshold)
  const byUser = new Map<string, SessionFacts[]>()
  for (const session of sessions) {
    const list = byUser.get(session.userId)
    if (list) list.push(session)
    else byUser.set(session.userId, [session])
  }
  const countSteps = (list: readonly SessionFacts[]) => list.reduce((n, s) => n + s.steps.length, 0)
  return {
    steps: rows.length,
    sessions: sessions.length,
    overall: bootstrapMetrics(sessions, options),
    perUser: [...byUser].map(([userId, list]) => ({
      userId,
      steps: countSteps(list),
      sessions: list.length,
      metrics: bootstrapMetrics(list, options),
    })),
  }
}

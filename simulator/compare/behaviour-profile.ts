import type { Outcome, Step } from '../../traces/schema/index.js'
import { classifyClick } from '../../traces/schema/index.js'

/** Steps-per-session buckets; the edges 7 and 22 are OPeRA's published median and 90th percentile. */
export const STEP_BUCKETS = [
  { label: '0-4', max: 4 },
  { label: '5-7', max: 7 },
  { label: '8-10', max: 10 },
  { label: '11-15', max: 15 },
  { label: '16-22', max: 22 },
  { label: '23-50', max: 50 },
  { label: '51+', max: Number.POSITIVE_INFINITY },
] as const

export interface StepsSummary {
  mean?: number
  median?: number
  p90?: number
  max?: number
  /** Sessions per bucket of STEP_BUCKETS (counts when measured). */
  histogram?: Record<string, number>
}

/**
 * How people (or agents) shopped, in the figures OPeRA publishes. Distributions are counts when measured,
 * and shares as published (which need not sum to exactly 1) for published figures.
 */
export interface BehaviourProfile {
  kind: 'run' | 'dataset' | 'published'
  /** A path, or the citation of published figures. */
  source: string
  sessions?: number
  steps?: number
  actionTypes: Record<string, number>
  /** Over clicks only. */
  clickTypes: Record<string, number>
  stepsPerSession: StepsSummary
  purchaseRate?: number
  /** Figures worked out from other published numbers rather than published themselves, and how. */
  derived: Record<string, string>
  notes: string[]
}

export interface ProfiledSession {
  steps: readonly Pick<Step, 'action' | 'clickType'>[]
  outcome: Outcome
}

const bucketOf = (steps: number) => STEP_BUCKETS.find((b) => steps <= b.max)?.label ?? '51+'

function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Nearest-rank percentile, as `shopsim opera inspect` reports them. */
function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** Accumulates one session at a time, so a whole dataset never sits in memory. */
export class ProfileBuilder {
  private readonly lengths: number[] = []
  private readonly actionTypes: Record<string, number> = {}
  private readonly clickTypes: Record<string, number> = {}
  private purchases = 0
  private skipped = 0

  /** Sessions still `incomplete` (a run in progress or killed) are left out and counted. */
  add(session: ProfiledSession): void {
    if (session.outcome === 'incomplete') {
      this.skipped++
      return
    }
    this.lengths.push(session.steps.length)
    if (session.outcome === 'purchase') this.purchases++
    for (const step of session.steps) {
      const { action } = step
      this.actionTypes[action.type] = (this.actionTypes[action.type] ?? 0) + 1
      if (action.type !== 'click') continue
      const clickType = step.clickType ?? classifyClick(action.name)
      this.clickTypes[clickType] = (this.clickTypes[clickType] ?? 0) + 1
    }
  }

  result(kind: BehaviourProfile['kind'], source: string, notes: string[] = []): BehaviourProfile {
    const sorted = [...this.lengths].sort((a, b) => a - b)
    const sessions = sorted.length
    const steps = sorted.reduce((sum, n) => sum + n, 0)
    const histogram: Record<string, number> = Object.fromEntries(STEP_BUCKETS.map((b) => [b.label, 0]))
    for (const n of sorted) histogram[bucketOf(n)] = (histogram[bucketOf(n)] ?? 0) + 1
    const summary: StepsSummary = { histogram }
    const med = median(sorted)
    const p90 = percentile(sorted, 90)
    if (sessions > 0) summary.mean = steps / sessions
    if (med !== undefined) summary.median = med
    if (p90 !== undefined) summary.p90 = p90
    if (sessions > 0) summary.max = sorted[sessions - 1] as number
    const skippedNote =
      this.skipped === 0
        ? []
        : [
            `${this.skipped} ${this.skipped === 1 ? 'session' : 'sessions'} still incomplete (running or killed) left out`,
          ]
    return {
      kind,
      source,
      sessions,
      steps,
      actionTypes: { ...this.actionTypes },
      clickTypes: { ...this.clickTypes },
      stepsPerSession: summary,
      ...(sessions > 0 && { purchaseRate: this.purchases / sessions }),
      derived: {},
      notes: [...skippedNote, ...notes],
    }
  }
}

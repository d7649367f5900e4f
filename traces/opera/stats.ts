import { CLICK_TYPES, type ClickType } from '../schema/click-type.js'
import type { Session } from '../schema/session.js'

export interface Percentiles {
  min: number
  p50: number
  p90: number
  p99: number
  max: number
}

export interface DatasetStats {
  sessions: number
  users: number
  personas: number
  steps: number
  bySplit: Record<string, { sessions: number; steps: number }>
  actionTypes: Record<string, number>
  clickTypes: Partial<Record<ClickType, number>>
  rationales: number
  screenshots: number
  outcomes: Record<string, number>
  stepsPerSession: Percentiles | null
  /** Simplified-HTML size in bytes (UTF-8) per step that has HTML. */
  htmlBytes: Percentiles | null
}

function percentiles(values: number[]): Percentiles | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  // Nearest-rank percentiles: always a value that occurs in the data.
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
  return { min: sorted[0] ?? 0, p50: at(50), p90: at(90), p99: at(99), max: sorted[sorted.length - 1] ?? 0 }
}

/** Accumulates statistics session by session, so a whole dataset never sits in memory. */
export class StatsCollector {
  private sessions = 0
  private steps = 0
  private rationales = 0
  private screenshots = 0
  private readonly users = new Set<string>()
  private readonly personas = new Set<string>()
  private readonly bySplit: Record<string, { sessions: number; steps: number }> = {}
  private readonly actionTypes: Record<string, number> = {}
  private readonly clickTypes: Partial<Record<ClickType, number>> = {}
  private readonly outcomes: Record<string, number> = {}
  private readonly stepsPerSession: number[] = []
  private readonly htmlBytes: number[] = []

  add(session: Session): void {
    this.sessions++
    this.users.add(session.userId)
    if (session.persona) this.personas.add(session.userId)
    const split = session.split ?? 'unsplit'
    const bucket = this.bySplit[split] ?? { sessions: 0, steps: 0 }
    this.bySplit[split] = bucket
    bucket.sessions++
    bucket.steps += session.steps.length
    this.outcomes[session.outcome] = (this.outcomes[session.outcome] ?? 0) + 1
    this.stepsPerSession.push(session.steps.length)
    for (const step of session.steps) {
      this.steps++
      this.actionTypes[step.action.type] = (this.actionTypes[step.action.type] ?? 0) + 1
      if (step.action.type === 'click' && step.clickType) {
        this.clickTypes[step.clickType] = (this.clickTypes[step.clickType] ?? 0) + 1
      }
      if (step.rationale) this.rationales++
      if (step.observation.screenshot) this.screenshots++
      if (step.observation.html !== undefined) this.htmlBytes.push(Buffer.byteLength(step.observation.html))
    }
  }

  result(): DatasetStats {
    const clickTypes: Partial<Record<ClickType, number>> = {}
    for (const type of CLICK_TYPES) if (this.clickTypes[type]) clickTypes[type] = this.clickTypes[type]
    return {
      sessions: this.sessions,
      users: this.users.size,
      personas: this.personas.size,
      steps: this.steps,
      bySplit: this.bySplit,
      actionTypes: this.actionTypes,
      clickTypes,
      rationales: this.rationales,
      screenshots: this.screenshots,
      outcomes: this.outcomes,
      stepsPerSession: percentiles(this.stepsPerSession),
      htmlBytes: percentiles(this.htmlBytes),
    }
  }
}

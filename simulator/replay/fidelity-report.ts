import type { Grounding, Step } from '../../traces/schema/index.js'

/** How the gold actions of some steps landed on their rendered pages. */
export interface GroundingCounts {
  steps: number
  resolved: number
  ambiguous: number
  missing: number
  notApplicable: number
}

export interface SessionFailure {
  sessionId: string
  code: string
  message: string
}

/** What a replay produced, from the run directory itself, so a resumed run reports the whole. */
export interface FidelityReport {
  sessions: {
    selected: number
    /** Finished (done) by this invocation. */
    replayed: number
    /** Already done in the run directory before this invocation. */
    skipped: number
    /** Failed after the retry. */
    failed: number
    /** Needed a second attempt because the browser died. */
    retried: number
    /** Done, and every gold action resolved or ambiguous (terminate counts as fine). */
    fullyGroundable: number
  }
  steps: GroundingCounts & { withWarnings: number }
  byActionType: Record<string, GroundingCounts>
  byClickType: Record<string, GroundingCounts>
  /** Render warnings by kind (empty_html, settle_timeout, ...), counted per step. */
  warnings: Record<string, number>
  failures: SessionFailure[]
}

/** The `errors[].code` a render warning is recorded under in a replayed step. */
export const RENDER_WARNING_CODE = 'render_warning'

type GroundingKind = Grounding['kind']
const COUNT_KEY = {
  resolved: 'resolved',
  ambiguous: 'ambiguous',
  missing: 'missing',
  not_applicable: 'notApplicable',
} as const satisfies Record<GroundingKind, keyof GroundingCounts>

const emptyCounts = (): GroundingCounts => ({
  steps: 0,
  resolved: 0,
  ambiguous: 0,
  missing: 0,
  notApplicable: 0,
})

function count(counts: GroundingCounts, kind: GroundingKind): void {
  counts.steps++
  counts[COUNT_KEY[kind]]++
}

/** Accumulates a FidelityReport session by session. */
export class FidelityTally {
  private readonly report: FidelityReport = {
    sessions: { selected: 0, replayed: 0, skipped: 0, failed: 0, retried: 0, fullyGroundable: 0 },
    steps: { ...emptyCounts(), withWarnings: 0 },
    byActionType: {},
    byClickType: {},
    warnings: {},
    failures: [],
  }

  selected(count: number): void {
    this.report.sessions.selected = count
  }

  skipped(): void {
    this.report.sessions.skipped++
  }

  retried(): void {
    this.report.sessions.retried++
  }

  failed(failure: SessionFailure): void {
    this.report.sessions.failed++
    this.report.failures.push(failure)
  }

  /** The recorded steps of one session; `done` says whether it finished (only those can be groundable). */
  addSteps(steps: readonly Step[], done: boolean, replayedNow: boolean): void {
    if (replayedNow) this.report.sessions.replayed++
    let groundable = done
    for (const step of steps) {
      // A step recorded without a gold grounding was never located: count it as missing.
      const kind = step.grounding?.gold?.kind ?? 'missing'
      if (kind === 'missing') groundable = false
      count(this.report.steps, kind)
      this.report.byActionType[step.action.type] ??= emptyCounts()
      count(this.report.byActionType[step.action.type] as GroundingCounts, kind)
      if (step.action.type === 'click') {
        const clickType = step.clickType ?? 'unknown'
        this.report.byClickType[clickType] ??= emptyCounts()
        count(this.report.byClickType[clickType] as GroundingCounts, kind)
      }
      const warnings = step.errors.filter((e) => e.code === RENDER_WARNING_CODE)
      if (warnings.length > 0) this.report.steps.withWarnings++
      for (const warning of warnings)
        this.report.warnings[warning.message] = (this.report.warnings[warning.message] ?? 0) + 1
    }
    if (groundable) this.report.sessions.fullyGroundable++
  }

  result(): FidelityReport {
    return structuredClone(this.report)
  }
}

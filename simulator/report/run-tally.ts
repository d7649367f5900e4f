import { NO_PREDICTION, type PredictionRecord } from '../../rewards/metrics/index.js'
import { classifyClick, type Step } from '../../traces/schema/index.js'
import type { StoredSession } from '../../traces/store/index.js'
import { ProfileBuilder } from '../compare/behaviour-profile.js'
import { ConfusionCounts } from './confusion-counts.js'
import type { SessionRow } from './session-row.js'
import type { StepJudgement } from './step-judgement.js'

export interface TalliedStep {
  step: Step
  judgement: StepJudgement | undefined
}

/** Sums a few numbers without keeping them. */
export interface Mean {
  sum: number
  n: number
}

/**
 * What the run summary needs, gathered one session at a time while its page is written, so no session's
 * steps (element tables can be large) stay in memory after its page is done.
 */
export class RunTally {
  readonly profile = new ProfileBuilder()
  /** Judged steps as the metrics read them. */
  readonly records: PredictionRecord[] = []
  readonly actionTypes = new ConfusionCounts()
  readonly clickTypes = new ConfusionCounts()
  /** Recorded reward totals and components of judged steps, by name ('total' first). */
  readonly rewardValues = new Map<string, number[]>()
  readonly rewardNames = new Set<string>()
  readonly groundings = { gold: new Map<string, number>(), predicted: new Map<string, number>() }
  readonly timings = new Map<string, Mean>()
  readonly rows: SessionRow[] = []
  steps = 0
  damagedLines = 0

  addSession(
    session: StoredSession,
    steps: readonly TalliedStep[],
    row: SessionRow,
    damagedLines: number,
  ): void {
    this.rows.push(row)
    this.steps += steps.length
    this.damagedLines += damagedLines
    this.profile.add({ steps: steps.map((s) => s.step), outcome: session.outcome })
    for (const { step, judgement } of steps) {
      this.addGrounding(step)
      this.addTimings(step)
      if (judgement === undefined) continue
      this.addJudged(session, step, judgement)
    }
  }

  private addJudged(session: StoredSession, step: Step, judgement: StepJudgement): void {
    const { gold, predicted } = judgement
    this.records.push({
      sessionId: session.id,
      userId: session.userId,
      completion: step.prediction?.raw ?? '',
      gold,
      ...(step.prediction?.logprobs !== undefined && { logprobs: step.prediction.logprobs }),
    })
    this.actionTypes.add(gold.type, predicted?.type ?? NO_PREDICTION)
    if (gold.type === 'click') {
      const goldClick = gold.click_type ?? classifyClick(gold.name ?? '')
      this.clickTypes.add(
        goldClick,
        predicted?.type === 'click' ? classifyClick(predicted.name) : NO_PREDICTION,
      )
    }
    const score = step.score
    if (score === undefined) return
    this.rewardNames.add(score.reward)
    this.push('total', score.total)
    for (const [name, value] of Object.entries(score.components))
      if (!score.absent.includes(name)) this.push(name, value)
  }

  private push(name: string, value: number): void {
    const values = this.rewardValues.get(name) ?? []
    values.push(value)
    this.rewardValues.set(name, values)
  }

  private addGrounding(step: Step): void {
    const { gold, predicted } = step.grounding ?? {}
    const bump = (map: Map<string, number>, kind: string) => map.set(kind, (map.get(kind) ?? 0) + 1)
    if (gold !== undefined) bump(this.groundings.gold, gold.kind)
    if (predicted !== undefined) bump(this.groundings.predicted, predicted.kind)
  }

  private addTimings(step: Step): void {
    for (const [name, ms] of Object.entries(step.timings ?? {})) {
      if (ms === undefined) continue
      const mean = this.timings.get(name) ?? { sum: 0, n: 0 }
      mean.sum += ms
      mean.n++
      this.timings.set(name, mean)
    }
  }
}

import type { Step } from '../../traces/schema/index.js'
import type { StoredSession } from '../../traces/store/index.js'
import type { StepJudgement } from './step-judgement.js'

/** correct: every judged step an exact match; wrong: at least one is not; unscored: none was judged. */
export type SessionVerdict = 'correct' | 'wrong' | 'unscored'

export const VERDICT_RULE =
  'correct = every predicted step is an exact match (same action type and target; input text ROUGE-L ≥ 0.75, ' +
  'the metrics’ rule); wrong = at least one is not; unscored = no step was predicted and scored'

/** A session as the list shows it (and filters it). */
export interface SessionRow {
  id: string
  /** The session's page, relative to the report's index.html. */
  href: string
  userId: string
  outcome: string
  steps: number
  judged: number
  exact: number
  verdict: SessionVerdict
  /** Mean recorded reward total over the judged steps. */
  meanReward: number | undefined
  taskReward: number | undefined
  taskSuccess: boolean | undefined
  endReason: string | undefined
  screenshots: number
}

export function sessionRow(
  session: StoredSession,
  href: string,
  steps: readonly { step: Step; judgement: StepJudgement | undefined; screenshot: boolean }[],
): SessionRow {
  const judged = steps.filter((s) => s.judgement !== undefined)
  const exact = judged.filter((s) => s.judgement?.exact === true).length
  const totals = judged.flatMap((s) => (s.step.score === undefined ? [] : [s.step.score.total]))
  return {
    id: session.id,
    href,
    userId: session.userId,
    outcome: session.outcome,
    steps: steps.length,
    judged: judged.length,
    exact,
    verdict: judged.length === 0 ? 'unscored' : exact === judged.length ? 'correct' : 'wrong',
    meanReward: totals.length === 0 ? undefined : totals.reduce((a, b) => a + b, 0) / totals.length,
    taskReward: session.taskResult?.reward,
    taskSuccess: session.taskResult?.success,
    endReason: session.endReason,
    screenshots: steps.filter((s) => s.screenshot).length,
  }
}

import type { CoreAction } from '../../traces/schema/action.js'
import { classifyClick } from '../../traces/schema/click-type.js'
import type { GoldAction } from '../index.js'
import { exactMatch } from '../index.js'

/** One scored step: the gold next action and what the model predicted (absent when unparseable). */
export interface MetricRow {
  sessionId: string
  userId: string
  gold: GoldAction
  predicted?: CoreAction
}

/** Stands for "no usable prediction" in the label pairs: it belongs to no class, so it is always a miss. */
export const NO_PREDICTION = 'none'

/** What the metrics need from one row, computed once so bootstrap resamples only re-aggregate. */
export interface StepFacts {
  goldType: GoldAction['type']
  predictedType: string
  exactMatch: boolean
  /** Set for gold clicks only: the gold click type and the one derived from the predicted name. */
  click?: { gold: string; predicted: string }
}

export interface SessionFacts {
  sessionId: string
  userId: string
  steps: StepFacts[]
  outcome: { gold: SessionOutcome; predicted: SessionOutcome }
}

export type SessionOutcome = 'purchase' | 'terminate'

function goldClickType(gold: GoldAction): string {
  return gold.click_type ?? classifyClick(gold.name ?? '')
}

function isPurchase(action: { type: string; name?: string; click_type?: string } | undefined): boolean {
  if (action?.type !== 'click') return false
  return (action.click_type ?? classifyClick(action.name ?? '')) === 'purchase'
}

function stepFacts(row: MetricRow, textThreshold: number | undefined): StepFacts {
  const { gold, predicted } = row
  const facts: StepFacts = {
    goldType: gold.type,
    predictedType: predicted?.type ?? NO_PREDICTION,
    exactMatch: exactMatch(predicted, gold, textThreshold === undefined ? {} : { textThreshold }),
  }
  if (gold.type === 'click') {
    const predictedClick = predicted?.type === 'click' ? classifyClick(predicted.name) : NO_PREDICTION
    facts.click = { gold: goldClickType(gold), predicted: predictedClick }
  }
  return facts
}

/**
 * Groups rows into sessions in first-seen order; a session's last step is its last row.
 * Outcome: a session ends in 'purchase' when its last gold action is a purchase click, and the
 * prediction's outcome is 'purchase' when the model predicts a purchase click (by `classifyClick` of
 * the predicted name) at that same last step; anything else is 'terminate'. Predicting one step
 * ahead is all the data gives us, so the model is judged on whether it closes the session the way
 * the person did.
 */
export function sessionFacts(rows: readonly MetricRow[], textThreshold?: number): SessionFacts[] {
  const sessions = new Map<string, { userId: string; rows: MetricRow[] }>()
  for (const row of rows) {
    const session = sessions.get(row.sessionId)
    if (session) session.rows.push(row)
    else sessions.set(row.sessionId, { userId: row.userId, rows: [row] })
  }
  return [...sessions].map(([sessionId, { userId, rows: sessionRows }]) => {
    const last = sessionRows[sessionRows.length - 1] as MetricRow
    return {
      sessionId,
      userId,
      steps: sessionRows.map((row) => stepFacts(row, textThreshold)),
      outcome: {
        gold: isPurchase(last.gold) ? 'purchase' : 'terminate',
        predicted: isPurchase(last.predicted) ? 'purchase' : 'terminate',
      },
    }
  })
}

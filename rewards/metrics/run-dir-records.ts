import { openRunDir } from '../../traces/store/index.js'
import type { GoldAction } from '../index.js'
import type { PredictionRecord, RecordProblem, RecordsRead } from './prediction-records.js'

/**
 * Every step of a run directory that has a prediction and a click/input/terminate gold action.
 * Steps without a prediction (a replay that only recorded pages) or with another gold type (scroll,
 * navigation) are not scorable and are left out; damaged lines are reported as problems.
 */
export async function readRunDirRecords(dir: string): Promise<RecordsRead & { unscorable: number }> {
  const run = await openRunDir(dir)
  const records: PredictionRecord[] = []
  const problems: RecordProblem[] = []
  let unscorable = 0
  for (const session of await run.listSessions()) {
    const read = await run.readSteps(session.id)
    const source = `sessions/${session.id}/steps.jsonl`
    for (const p of read.problems) problems.push({ source, line: p.line, message: p.message })
    for (const step of read.steps) {
      const { action, prediction } = step
      if (
        prediction === undefined ||
        (action.type !== 'click' && action.type !== 'input' && action.type !== 'terminate')
      ) {
        unscorable++
        continue
      }
      const gold: GoldAction = { ...action }
      if (step.clickType !== undefined) gold.click_type = step.clickType
      records.push({
        sessionId: session.id,
        userId: session.userId,
        completion: prediction.raw,
        gold,
        ...(prediction.logprobs ? { logprobs: prediction.logprobs } : {}),
      })
    }
  }
  return { records, problems, unscorable }
}

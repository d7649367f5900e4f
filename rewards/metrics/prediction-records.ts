import type { TokenLogprob } from '../../traces/schema/prediction.js'
import { type GoldAction, parseGold } from '../index.js'

/** One model output to score, with its gold action and where it belongs. */
export interface PredictionRecord {
  sessionId: string
  userId: string
  completion: string
  gold: GoldAction
  logprobs?: TokenLogprob[]
}

/** A line or step that could not be scored; it is skipped, never fatal. `line` is 1-based. */
export interface RecordProblem {
  source: string
  line: number
  message: string
}

export interface RecordsRead {
  records: PredictionRecord[]
  problems: RecordProblem[]
}

const UNKNOWN_USER = 'unknown'

function firstString(raw: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = raw[key]
    if (typeof value === 'string' && value !== '') return value
  }
  return undefined
}

/**
 * Reads `{completion, gold}` lines, or OPeRA evaluation dumps (`completion`, `action_gt` as a JSON
 * string, `session_id`, `user_id`). A line with no session id is its own session, so session-level
 * metrics never merge unrelated lines.
 */
export function parsePredictionJsonl(text: string, source: string): RecordsRead {
  const records: PredictionRecord[] = []
  const problems: RecordProblem[] = []
  const lines = text.split('\n')
  for (const [i, line] of lines.entries()) {
    const lineNumber = i + 1
    if (line.trim() === '') continue
    const problem = (message: string) => problems.push({ source, line: lineNumber, message })
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      problem(`not JSON: ${(error as Error).message}`)
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problem('not a JSON object')
      continue
    }
    const raw = value as Record<string, unknown>
    if (typeof raw.completion !== 'string') {
      problem('no "completion" string')
      continue
    }
    const goldValue = raw.gold ?? raw.action_gt ?? raw.ground_truth
    const gold = parseGold(goldValue)
    if (gold === undefined) {
      problem('no gold action ("gold", "action_gt" or "ground_truth" of type click, input or terminate)')
      continue
    }
    records.push({
      sessionId: firstString(raw, ['sessionId', 'session_id']) ?? `${source}:${lineNumber}`,
      userId: firstString(raw, ['userId', 'user_id']) ?? UNKNOWN_USER,
      completion: raw.completion,
      gold,
    })
  }
  return { records, problems }
}

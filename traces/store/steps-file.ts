import { readFile } from 'node:fs/promises'
import { isShopsimError } from '../errors.js'
import { type Step, StepSchema } from '../schema/index.js'
import { parseJsonl, type TornTail } from './jsonl.js'
import { stepMigrations } from './migrations.js'
import { isNotFound } from './read-record.js'
import { upgradeRecord } from './version.js'

export type LineProblemKind = 'invalid-json' | 'invalid-step' | 'wrong-session' | 'duplicate-index'

/** A line of steps.jsonl that did not yield a step; it stays on disk. `line` is 1-based. */
export interface LineProblem {
  line: number
  kind: LineProblemKind
  message: string
}

export interface StepsRead {
  /** Whole, valid steps in file order. */
  steps: Step[]
  /** Set when the file ends in a line a killed writer left unfinished; that line is not in `steps`. */
  tornTail: TornTail | undefined
  problems: LineProblem[]
}

/**
 * Reads a steps.jsonl file without ever throwing on its content, except for a line written by a newer
 * shopsim (E_RUN_VERSION). A missing file reads as no steps.
 */
export async function readStepsFile(
  path: string,
  sessionId: string,
): Promise<StepsRead & { validBytes: number }> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if (isNotFound(error)) return { steps: [], tornTail: undefined, problems: [], validBytes: 0 }
    throw error
  }
  const parsed = parseJsonl(bytes)
  const problems: LineProblem[] = parsed.invalid.map(({ line, message }) => ({
    line,
    kind: 'invalid-json',
    message,
  }))
  const steps: Step[] = []
  const firstLineOfIndex = new Map<number, number>()
  for (const { line, value } of parsed.records) {
    const step = toStep(value, `${path} line ${line}`)
    if (step.kind === 'problem') {
      problems.push({ line, kind: 'invalid-step', message: step.message })
      continue
    }
    const { value: s } = step
    if (s.sessionId !== sessionId) {
      problems.push({ line, kind: 'wrong-session', message: `sessionId ${JSON.stringify(s.sessionId)}` })
      continue
    }
    const first = firstLineOfIndex.get(s.index)
    if (first !== undefined) {
      problems.push({
        line,
        kind: 'duplicate-index',
        message: `index ${s.index} was already on line ${first}`,
      })
      continue
    }
    firstLineOfIndex.set(s.index, line)
    steps.push(s)
  }
  problems.sort((a, b) => a.line - b.line)
  return { steps, tornTail: parsed.tornTail, problems, validBytes: parsed.validBytes }
}

type StepOrProblem = { kind: 'step'; value: Step } | { kind: 'problem'; message: string }

function toStep(value: unknown, where: string): StepOrProblem {
  let upgraded: unknown
  try {
    upgraded = upgradeRecord(value, stepMigrations, where)
  } catch (error) {
    // A newer writer is not damage: reading on would misread it, so stop.
    if (isShopsimError(error, 'E_RUN_VERSION')) throw error
    return { kind: 'problem', message: error instanceof Error ? error.message : String(error) }
  }
  const parsed = StepSchema.safeParse(upgraded)
  if (!parsed.success) {
    const message = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
    return { kind: 'problem', message }
  }
  return { kind: 'step', value: parsed.data }
}

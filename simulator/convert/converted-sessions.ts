import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ShopsimError } from '../../traces/errors.js'
import { SPLITS } from '../../traces/opera/index.js'
import { OutcomeSchema, TaskResultSchema, TaskSchema } from '../../traces/schema/index.js'

/**
 * Beside the OPeRA tables, one line per converted session: what OPeRA has no column for (the run's own
 * session id, the task and its result, why the session ended), so a converted dataset stays traceable.
 */
export const CONVERTED_SESSIONS_FILE = 'shopsim-sessions.jsonl'

export const ConvertedSessionSchema = z.object({
  /** The OPeRA session id (`{user}_{start}_{end}`). */
  sessionId: z.string(),
  /** The session's id in the run directory it came from. */
  runSessionId: z.string(),
  userId: z.string(),
  split: z.enum(SPLITS),
  /** The outcome the run recorded (purchase, terminate, error, incomplete). */
  outcome: OutcomeSchema,
  endReason: z.string().optional(),
  task: TaskSchema.optional(),
  taskResult: TaskResultSchema.optional(),
  /** Action rows written, the closing terminate included. */
  actions: z.number().int().nonnegative(),
  /** A terminate row was appended, as OPeRA's filtered version does for sessions not ending in a purchase. */
  closingTerminate: z.boolean(),
})
export type ConvertedSession = z.infer<typeof ConvertedSessionSchema>

export async function writeConvertedSessions(datasetDir: string, sessions: readonly ConvertedSession[]) {
  const lines = sessions.map((session) => `${JSON.stringify(session)}\n`).join('')
  await writeFile(join(datasetDir, CONVERTED_SESSIONS_FILE), lines)
}

/** The sessions file of a converted dataset; a line that does not parse is an error naming it. */
export async function readConvertedSessions(datasetDir: string): Promise<ConvertedSession[]> {
  const path = join(datasetDir, CONVERTED_SESSIONS_FILE)
  const text = await readFile(path, 'utf8').catch(() => {
    throw new ShopsimError(
      'E_DATASET_LAYOUT',
      `${path} is missing`,
      'Only datasets made by shopsim convert have it.',
    )
  })
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return []
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      value = undefined
    }
    const parsed = ConvertedSessionSchema.safeParse(value)
    if (!parsed.success)
      throw new ShopsimError('E_DATASET_LAYOUT', `${path}:${i + 1}: not a converted session`)
    return [parsed.data]
  })
}

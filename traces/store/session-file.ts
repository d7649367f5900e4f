import { join } from 'node:path'
import type { Outcome, StepError } from '../schema/index.js'
import { writeFileAtomic } from './atomic-write.js'
import { SESSION_FILE } from './layout.js'
import { sessionMigrations } from './migrations.js'
import { readRecord } from './read-record.js'
import { parseRecord, type StoredSession, StoredSessionSchema } from './records.js'

/** Where a session's recording stands, as a tagged union for exhaustive handling. */
export type SessionStatus =
  | { kind: 'missing' }
  | { kind: 'running' }
  | { kind: 'done'; outcome: Outcome }
  | { kind: 'failed'; error: StepError }

export function readStoredSession(sessionDir: string): Promise<StoredSession | undefined> {
  return readRecord(join(sessionDir, SESSION_FILE), StoredSessionSchema, sessionMigrations)
}

/** Validates before writing, so session.json always reads back. */
export async function writeStoredSession(
  sessionDir: string,
  session: unknown,
  durable: boolean,
): Promise<StoredSession> {
  const valid = parseRecord(StoredSessionSchema, session, `Session ${sessionDir}`)
  await writeFileAtomic(join(sessionDir, SESSION_FILE), `${JSON.stringify(valid, null, 2)}\n`, durable)
  return valid
}

export function statusOf(session: StoredSession | undefined): SessionStatus {
  if (session === undefined) return { kind: 'missing' }
  switch (session.status) {
    case 'running':
      return { kind: 'running' }
    case 'done':
      return { kind: 'done', outcome: session.outcome }
    case 'failed':
      return { kind: 'failed', error: session.error ?? { code: 'E_UNKNOWN', message: 'no error recorded' } }
  }
}

/** A thrown value as the `{code, message}` a session records. */
export function toStepError(error: unknown): StepError {
  if (typeof error === 'object' && error !== null) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined
    const message = 'message' in error && typeof error.message === 'string' ? error.message : undefined
    const name = error instanceof Error ? error.name : 'Error'
    if (message !== undefined) return { code: code ?? name, message }
  }
  return { code: 'E_UNKNOWN', message: String(error) }
}

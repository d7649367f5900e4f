import { z } from 'zod'
import { ShopsimError } from '../errors.js'
import {
  OutcomeSchema,
  PersonaSchema,
  ProvenanceSchema,
  SessionSchema,
  StepErrorSchema,
  TaskResultSchema,
  TaskSchema,
} from '../schema/index.js'
import { STORE_VERSION } from './version.js'

/** run.json. Unknown top-level keys are kept so a same-version writer may add some. */
export const RunInfoSchema = z.looseObject({
  version: z.literal(STORE_VERSION),
  /** What produced the run, e.g. `replay`, `live`, `export`. */
  kind: z.string(),
  createdAt: z.string(),
  toolVersion: z.string(),
  /** The options the run was started with, for provenance. */
  options: z.record(z.string(), z.unknown()),
  meta: z.record(z.string(), z.unknown()),
})
export type RunInfo = z.infer<typeof RunInfoSchema>

export const SESSION_STATUSES = ['running', 'done', 'failed'] as const
export type SessionStatusKind = (typeof SESSION_STATUSES)[number]

/** session.json: the Session without its steps, plus where the recording stands. */
export const StoredSessionSchema = SessionSchema.omit({ steps: true }).extend({
  version: z.literal(STORE_VERSION),
  status: z.enum(SESSION_STATUSES),
  /** Set when `status` is `failed`. */
  error: StepErrorSchema.optional(),
  startedAt: z.string(),
  updatedAt: z.string(),
})
export type StoredSession = z.infer<typeof StoredSessionSchema>

/** What a caller gives when opening a session; `outcome` stays `incomplete` until the session ends. */
export const SessionFieldsSchema = z.object({
  userId: z.string(),
  persona: PersonaSchema.optional(),
  outcome: OutcomeSchema.optional(),
  split: z.string().optional(),
  provenance: ProvenanceSchema,
  task: TaskSchema.optional(),
  taskResult: TaskResultSchema.optional(),
  endReason: z.string().optional(),
})
export type SessionFields = z.input<typeof SessionFieldsSchema>

/** What a caller gives when a session ends: the outcome, and any field it learned meanwhile. */
export type SessionEndFields = Partial<SessionFields> & { outcome: z.input<typeof OutcomeSchema> }

/** Validates a value a caller hands to the store; a mismatch is the caller's bug, named by `what`. */
export function parseRecord<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
  throw new ShopsimError('E_RECORD_INVALID', `${what} is not valid: ${issues}`)
}

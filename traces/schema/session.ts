import { z } from 'zod'
import { PersonaSchema } from './persona.js'
import { StepSchema } from './step.js'
import { TaskResultSchema, TaskSchema } from './task.js'

export const OUTCOMES = ['purchase', 'terminate', 'error', 'incomplete'] as const
export const OutcomeSchema = z.enum(OUTCOMES)
export type Outcome = z.infer<typeof OutcomeSchema>

/** Where a session came from, so any figure can be traced back to its inputs. */
export const ProvenanceSchema = z.object({
  source: z.enum(['opera', 'live', 'replay', 'import']),
  dataset: z.string().optional(),
  version: z.enum(['filtered', 'full']).optional(),
  split: z.string().optional(),
  environment: z.string().optional(),
  browserVersion: z.string().optional(),
  seed: z.number().int().optional(),
  toolVersion: z.string().optional(),
})
export type Provenance = z.infer<typeof ProvenanceSchema>

export const SessionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  persona: PersonaSchema.optional(),
  steps: z.array(StepSchema),
  outcome: OutcomeSchema,
  split: z.string().optional(),
  provenance: ProvenanceSchema,
  /** Live runs: the task the shopper was given, how it went, and why the session ended. */
  task: TaskSchema.optional(),
  taskResult: TaskResultSchema.optional(),
  endReason: z.string().optional(),
})
export type Session = z.infer<typeof SessionSchema>

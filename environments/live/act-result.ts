import { z } from 'zod'

/** What happened to an action. An agent's mistake is one of these, never an exception. */
export const ActResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ok'),
    url: z.string(),
    navigated: z.boolean(),
    ambiguous: z.number().int().optional(),
  }),
  z.object({ kind: z.literal('element_not_found'), name: z.string() }),
  z.object({ kind: z.literal('not_interactable'), name: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('navigation_blocked'), url: z.string() }),
  z.object({ kind: z.literal('timeout'), ms: z.number(), during: z.string() }),
])
export type ActResult = z.infer<typeof ActResultSchema>
export type ActResultKind = ActResult['kind']

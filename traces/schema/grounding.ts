import { z } from 'zod'
import { BoxSchema } from './observation.js'

const Located = { box: BoxSchema.optional(), visible: z.boolean(), inViewport: z.boolean() }

/** Where a recorded or predicted action lands on the rendered page. */
export const GroundingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('resolved'),
    name: z.string(),
    acceptsText: z.boolean().optional(),
    ...Located,
  }),
  z.object({
    kind: z.literal('ambiguous'),
    name: z.string(),
    matches: z.number().int().min(2),
    acceptsText: z.boolean().optional(),
    ...Located,
  }),
  z.object({ kind: z.literal('missing'), name: z.string() }),
  z.object({ kind: z.literal('not_applicable'), reason: z.string() }),
])
export type Grounding = z.infer<typeof GroundingSchema>

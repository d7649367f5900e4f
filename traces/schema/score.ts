import { z } from 'zod'

/** One reward's verdict on one step, with every component and the options that produced it. */
export const ScoreSchema = z.object({
  reward: z.string(),
  total: z.number(),
  components: z.record(z.string(), z.number()),
  /** Components that could not be computed (e.g. self-certainty without logprobs): absent, not zero. */
  absent: z.array(z.string()).default([]),
  flags: z.array(z.string()).default([]),
  options: z.record(z.string(), z.unknown()),
  exactMatch: z.boolean().optional(),
})
export type Score = z.infer<typeof ScoreSchema>

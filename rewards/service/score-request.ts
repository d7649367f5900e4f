import { z } from 'zod'

/** Largest batch one request may carry: bounds the work a single request can ask for. */
export const MAX_BATCH_ITEMS = 16_384

export const ScoreItemSchema = z.object({
  completion: z.string(),
  /** The gold action as an object or as a JSON string (verl passes ground_truth through as a string). */
  ground_truth: z.union([z.string(), z.record(z.string(), z.unknown())]),
  reward: z.string().optional(),
  options: z.record(z.string(), z.unknown()).optional(),
})
export type ScoreItem = z.infer<typeof ScoreItemSchema>

export const ScoreRequestSchema = z.object({ items: z.array(ScoreItemSchema).max(MAX_BATCH_ITEMS) })
export type ScoreRequest = z.infer<typeof ScoreRequestSchema>

import { z } from 'zod'

/** The task variants of Trajectory2Task: what a live shopper is asked to do. */
export const TASK_VARIANTS = ['clear', 'ambiguous', 'changing', 'infeasible'] as const
export const TaskVariantSchema = z.enum(TASK_VARIANTS)
export type TaskVariant = z.infer<typeof TaskVariantSchema>

/** What the shopper is told: the shape policies read as their ShoppingIntent. Prices are in dollars. */
export const TaskIntentSchema = z.object({
  instruction: z.string().min(1),
  /** The words a shopper would type into the search box. */
  query: z.string().min(1),
  attributes: z.array(z.string().min(1)),
  /** Option dimension -> value, e.g. `{ color: 'Black', size: 'Large' }`. */
  options: z.record(z.string(), z.string()),
  priceLimit: z.number().positive().optional(),
})
export type TaskIntent = z.infer<typeof TaskIntentSchema>

/** What would satisfy the intent, as checked against the catalog when the task was made. */
export const TaskTargetSchema = z.object({
  /** The product type's head noun ("Portable Charger"); WebShop's type match compares it. */
  productType: z.string().min(1),
  /** ASINs of every catalog product that satisfies the intent, in catalog order. */
  productIds: z.array(z.string()),
  attributes: z.array(z.string().min(1)),
  options: z.record(z.string(), z.string()),
  priceLimit: z.number().positive().optional(),
})
export type TaskTarget = z.infer<typeof TaskTargetSchema>

export const TASK_CHANGE_KINDS = ['option', 'price'] as const

/** A new instruction that arrives when the shopper decides step `atStep` (0-based), with its own target. */
export const TaskChangeSchema = z.object({
  atStep: z.number().int().positive(),
  /** A different value of one option, or a lower price limit. */
  kind: z.enum(TASK_CHANGE_KINDS),
  intent: TaskIntentSchema,
  target: TaskTargetSchema,
})
export type TaskChange = z.infer<typeof TaskChangeSchema>

/** The catalog the product ids refer to: a store started with another seed or size sells other products. */
export const TaskCatalogSchema = z.object({
  seed: z.number().int().nonnegative(),
  size: z.number().int().positive(),
})

const taskBase = {
  id: z.string().min(1),
  intent: TaskIntentSchema,
  target: TaskTargetSchema,
  catalog: TaskCatalogSchema.optional(),
}

/** One shopping task (a line of tasks.jsonl); sessions of a live run record the task they were given. */
export const TaskSchema = z.discriminatedUnion('variant', [
  z.object({ ...taskBase, variant: z.literal('clear') }),
  z.object({ ...taskBase, variant: z.literal('ambiguous') }),
  z.object({ ...taskBase, variant: z.literal('changing'), change: TaskChangeSchema }),
  z.object({
    ...taskBase,
    variant: z.literal('infeasible'),
    target: TaskTargetSchema.extend({
      productIds: z.array(z.string()).length(0, 'an infeasible task has no product that satisfies it'),
    }),
  }),
])
export type Task = z.infer<typeof TaskSchema>

/** How a live session did on its task (simulator/tasks taskReward): the reward in [0, 1] and why. */
export const TaskResultSchema = z.object({
  kind: z.string(),
  reward: z.number().min(0).max(1),
  success: z.boolean(),
})
export type TaskResult = z.infer<typeof TaskResultSchema>

import { z } from 'zod'
import type { Catalog } from '../../environments/store/catalog/catalog.js'
import { ShopsimError } from '../../traces/errors.js'
import { TASK_VARIANTS, type Task, type TaskVariant } from '../../traces/schema/index.js'
import { mixSeed, SeededRandom } from '../../traces/seeded-random.js'
import { makeAmbiguousTask } from './ambiguous-task.js'
import { makeChangingTask } from './changing-task.js'
import { makeClearTask } from './clear-task.js'
import { makeInfeasibleTask } from './infeasible-task.js'
import type { VariantMaker } from './task-parts.js'

const MAKERS = {
  clear: makeClearTask,
  ambiguous: makeAmbiguousTask,
  changing: makeChangingTask,
  infeasible: makeInfeasibleTask,
} satisfies Record<TaskVariant, VariantMaker>

/** Draws per task before giving up: a draw fails when its product allows no such task (rare). */
const MAX_DRAWS = 200
/** Salt of the stream that orders the variants, apart from the tasks' own streams. */
const ORDER_STREAM = 0x7a5c

export const DEFAULT_VARIANT_WEIGHTS: Readonly<Record<TaskVariant, number>> = {
  clear: 1,
  ambiguous: 1,
  changing: 1,
  infeasible: 1,
}

const GenerateOptionsSchema = z.object({
  count: z.number().int().min(0).max(100_000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  variants: z
    .partialRecord(z.enum(TASK_VARIANTS), z.number().min(0).finite())
    .refine(
      (weights) => Object.values(weights).some((w) => (w ?? 0) > 0),
      'at least one weight must be above 0',
    )
    .optional(),
})

export interface GenerateTasksOptions {
  count: number
  seed: number
  /** Relative weights of the variants (missing = 0 when given; all equal by default). */
  variants?: Partial<Record<TaskVariant, number>>
}

/**
 * Exactly proportional counts (largest remainder), so 8 tasks at equal weights are 2 of each variant, then a
 * seeded order so a short run still sees every variant.
 */
function variantOrder(
  count: number,
  weights: Partial<Record<TaskVariant, number>>,
  seed: number,
): TaskVariant[] {
  const total = TASK_VARIANTS.reduce((sum, v) => sum + (weights[v] ?? 0), 0)
  const shares = TASK_VARIANTS.map((variant) => ({
    variant,
    exact: (count * (weights[variant] ?? 0)) / total,
  }))
  const counts = shares.map((s) => ({ ...s, n: Math.floor(s.exact) }))
  let left = count - counts.reduce((sum, c) => sum + c.n, 0)
  for (const c of [...counts].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
  )) {
    if (left === 0) break
    c.n++
    left--
  }
  const order = counts.flatMap((c) => Array.from({ length: c.n }, () => c.variant))
  const random = new SeededRandom(mixSeed(seed, ORDER_STREAM))
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[order[i], order[j]] = [order[j] as TaskVariant, order[i] as TaskVariant]
  }
  return order
}

/**
 * Shopping tasks from the catalog in the four variants of Trajectory2Task. Task i draws from its own seeded
 * stream, so the same catalog, count, seed and weights always give the same tasks.
 */
export function generateTasks(catalog: Catalog, options: GenerateTasksOptions): Task[] {
  const parsed = GenerateOptionsSchema.safeParse(options)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ShopsimError(
      'E_TASKS_GENERATE',
      `Invalid task option ${issue?.path.join('.')}: ${issue?.message}`,
      'count is 0-100000, seed a non-negative integer, variants non-negative weights with one above 0.',
    )
  }
  const { count, seed } = parsed.data
  const weights = parsed.data.variants ?? DEFAULT_VARIANT_WEIGHTS
  const width = String(Math.max(count - 1, 0)).length
  return variantOrder(count, weights, seed).map((variant, index) => {
    const random = new SeededRandom(mixSeed(seed, index))
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const draft = MAKERS[variant]({ catalog, random })
      if (draft)
        return {
          id: `task-${seed}-${String(index).padStart(width, '0')}`,
          ...draft,
          catalog: { seed: catalog.seed, size: catalog.products.length },
        }
    }
    throw new ShopsimError(
      'E_TASKS_GENERATE',
      `No ${variant} task could be made from a catalog of ${catalog.products.length} products.`,
      'Use a larger catalog (the store default of 2000 products works), or give this variant weight 0.',
    )
  })
}

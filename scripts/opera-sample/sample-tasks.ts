import type { Store } from '../../environments/store/index.js'
import { generateTasks } from '../../simulator/tasks/index.js'
import { TASK_VARIANTS, type Task } from '../../traces/schema/index.js'

/**
 * One task per session, grouped by variant. Session i shops as persona i mod P on task i (the runner's
 * plan), so with P personas and P tasks of each variant every persona meets all four variants once.
 */
export function sampleTasks(catalog: Store['catalog'], personas: number, seed: number): Task[] {
  const tasks = generateTasks(catalog, { count: personas * TASK_VARIANTS.length, seed })
  return TASK_VARIANTS.flatMap((variant) => tasks.filter((task) => task.variant === variant))
}

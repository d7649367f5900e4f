import type { Task, TaskIntent, TaskTarget } from '../../traces/schema/index.js'
import type { ShoppingIntent } from '../agents/policy.js'

/** Whether the shopper deciding step `stepIndex` (0-based) has been told the task's change of plan. */
export function changeArrived(task: Task, stepIndex: number): boolean {
  return task.variant === 'changing' && stepIndex >= task.change.atStep
}

/** The intent in force when deciding step `stepIndex`: the changed one from the change's step on. */
export function intentAt(task: Task, stepIndex: number): TaskIntent {
  return task.variant === 'changing' && changeArrived(task, stepIndex) ? task.change.intent : task.intent
}

/** The target in force at step `stepIndex`; a session is scored against the one in force at its end. */
export function targetAt(task: Task, stepIndex: number): TaskTarget {
  return task.variant === 'changing' && changeArrived(task, stepIndex) ? task.change.target : task.target
}

/** The intent a policy reads (`DecisionContext.intent`) when deciding step `stepIndex`. */
export function shoppingIntentAt(task: Task, stepIndex: number): ShoppingIntent {
  const intent = intentAt(task, stepIndex)
  return {
    instruction: intent.instruction,
    query: intent.query,
    attributes: intent.attributes,
    options: intent.options,
    ...(intent.priceLimit !== undefined && { priceLimit: intent.priceLimit }),
  }
}

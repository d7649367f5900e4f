import type { Persona, Task } from '../../traces/schema/index.js'
import { mixSeed } from '../../traces/seeded-random.js'
import { inShard, type Shard } from '../replay/shard.js'

/** One session of a live run, decided before any runs: the same options give the same plan. */
export interface PlannedSession {
  id: string
  /** Position in the whole run (before sharding). */
  ordinal: number
  persona: Persona
  task?: Task
  seed: number
}

export interface PlanOptions {
  sessions: number
  personas: readonly Persona[]
  tasks: readonly Task[]
  seed: number
  shard?: Shard
}

/** Session i shops as persona i mod P on task i mod T; a shard keeps the ids its hash picks. */
export function planSessions(options: PlanOptions): PlannedSession[] {
  const width = String(Math.max(1, options.sessions - 1)).length
  const plan: PlannedSession[] = []
  for (let ordinal = 0; ordinal < options.sessions; ordinal++) {
    const id = `live-${String(ordinal).padStart(Math.max(4, width), '0')}`
    if (!inShard(id, options.shard)) continue
    const persona = options.personas[ordinal % options.personas.length] as Persona
    const task = options.tasks.length === 0 ? undefined : options.tasks[ordinal % options.tasks.length]
    plan.push({
      id,
      ordinal,
      persona,
      ...(task !== undefined && { task }),
      seed: mixSeed(options.seed, ordinal),
    })
  }
  return plan
}

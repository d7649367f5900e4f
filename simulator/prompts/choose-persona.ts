import type { Persona } from '../../traces/schema/index.js'
import { SeededRandom } from '../../traces/seeded-random.js'
import type { PersonaMode } from '../agents/policy.js'

interface PersonaDraw {
  own: Persona | undefined
  pool: readonly Persona[]
  seed: number
}

const CHOOSERS = {
  none: () => undefined,
  full: ({ own }) => own,
  shuffled: ({ own, pool, seed }) => {
    const others = sortedUniqueUsers(pool.filter((persona) => persona.userId !== own?.userId))
    return others.length === 0 ? own : new SeededRandom(seed).pick(others)
  },
} satisfies Record<PersonaMode, (draw: PersonaDraw) => Persona | undefined>

/**
 * The persona a prompt conditions on for a persona mode. `shuffled` (the Customer-R1 ablation) gives another
 * user's persona, drawn by `seed` from the pool sorted by user id, so the draw does not depend on the order
 * the pool was loaded in. With no other user in the pool, `shuffled` falls back to the own persona.
 */
export function choosePersona(
  mode: PersonaMode,
  own: Persona | undefined,
  pool: readonly Persona[],
  seed: number,
): Persona | undefined {
  return CHOOSERS[mode]({ own, pool, seed })
}

function sortedUniqueUsers(personas: readonly Persona[]): Persona[] {
  const byUser = new Map<string, Persona>()
  for (const persona of personas) if (!byUser.has(persona.userId)) byUser.set(persona.userId, persona)
  return [...byUser.values()].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
}

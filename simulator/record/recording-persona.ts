import { ShopsimError } from '../../traces/errors.js'
import type { Persona } from '../../traces/schema/index.js'
import { loadPersonas } from '../runner/load-personas.js'

/** Who is shopping when nobody says: sessions still need a user id. */
export const ANONYMOUS_USER = 'human'

/**
 * The person a recording is of: a persona from `personasPath` (an OPeRA dataset, a run directory or a
 * personas.jsonl), picked by `user` unless the file holds exactly one; or, without personas, just a user id.
 */
export async function recordingPersona(options: {
  personasPath?: string
  user?: string
}): Promise<{ userId: string; persona?: Persona }> {
  if (options.personasPath === undefined) return { userId: options.user ?? ANONYMOUS_USER }
  const personas = await loadPersonas(options.personasPath)
  if (options.user === undefined) {
    const [only] = personas
    if (personas.length === 1 && only !== undefined) return { userId: only.userId, persona: only }
    throw new ShopsimError(
      'E_USAGE',
      `${options.personasPath} holds ${personas.length} personas: say which one is shopping with --user`,
      `For example --user ${personas[0]?.userId ?? '<id>'}`,
    )
  }
  const persona = personas.find((candidate) => candidate.userId === options.user)
  if (persona === undefined)
    throw new ShopsimError(
      'E_PERSONAS',
      `no persona with user id ${options.user} in ${options.personasPath}`,
      `It holds ${personas
        .slice(0, 5)
        .map((p) => p.userId)
        .join(', ')}${personas.length > 5 ? ', ...' : ''}`,
    )
  return { userId: persona.userId, persona }
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { generatePersonas } from '../../simulator/personas/index.js'
import { parseCsv, personaFromUserRow } from '../../traces/opera/index.js'
import type { Persona } from '../../traces/schema/index.js'

/** The two real OPeRA users of the fixture (CC-BY-4.0), their rows kept whole. */
export function realPersonas(fixturesDir: string): Persona[] {
  const rows = parseCsv(readFileSync(join(fixturesDir, 'opera', 'user.csv'), 'utf8'))
  return rows.map((row) => {
    const { persona, problems } = personaFromUserRow({ ...row, user_id: row.user_id ?? '' })
    if (problems.length > 0)
      throw new Error(`user ${row.user_id}: ${problems.map((p) => p.message).join('; ')}`)
    return persona
  })
}

/** The sample's shoppers: the real users first, then the synthetic ones. */
export function samplePersonas(fixturesDir: string, seed: number, synthetic: number): Persona[] {
  return [...realPersonas(fixturesDir), ...generatePersonas(synthetic, seed)]
}

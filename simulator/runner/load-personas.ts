import { readFile, stat } from 'node:fs/promises'
import { ShopsimError } from '../../traces/errors.js'
import { type Persona, PersonaSchema } from '../../traces/schema/index.js'
import { openSessionSource } from '../replay/session-source.js'

/**
 * Personas from an OPeRA dataset or a run directory (its users), or from a JSONL file of Persona objects
 * (a bad line is an error naming its line: a run with a silently missing persona would be a different run).
 */
export async function loadPersonas(path: string): Promise<Persona[]> {
  const info = await stat(path).catch(() => undefined)
  if (info === undefined) throw new ShopsimError('E_PERSONAS', `no such file or directory: ${path}`)
  const personas = info.isDirectory()
    ? await (await openSessionSource(path)).personas()
    : await personasFile(path)
  if (personas.length === 0)
    throw new ShopsimError(
      'E_PERSONAS',
      `${path} holds no personas`,
      'give an OPeRA dataset with a user table, a run directory, or a personas.jsonl',
    )
  return personas
}

async function personasFile(path: string): Promise<Persona[]> {
  const personas: Persona[] = []
  const lines = (await readFile(path, 'utf8')).split('\n')
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new ShopsimError('E_PERSONAS', `${path}:${i + 1}: not valid JSON`)
    }
    const parsed = PersonaSchema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new ShopsimError(
        'E_PERSONAS',
        `${path}:${i + 1}: not a persona: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`,
      )
    }
    personas.push(parsed.data)
  }
  return personas
}

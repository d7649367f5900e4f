import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { type Persona, personaFromUserRow, writeOperaDataset } from '../../traces/index.js'
import { type GoldStep, readFixtures } from './fixture.js'
import { datasetDescription } from './readme.js'
import { SPLIT, sessionFor } from './session-builder.js'

export interface BuildOptions {
  fixturesDir: string
  /** The dataset root; it is emptied first, since everything in it is generated. */
  out: string
}

export interface BuildSummary {
  sessions: number
  steps: number
  users: number
  /** Every file written, relative to `out`, with its size in bytes, sorted by path. */
  files: { path: string; bytes: number }[]
  /** Smallest and largest simplified page, in bytes. */
  pageBytes: { min: number; max: number }
}

function listFiles(root: string, dir = root): { path: string; bytes: number }[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      const stat = statSync(path)
      return stat.isDirectory() ? listFiles(root, path) : [{ path: relative(root, path), bytes: stat.size }]
    })
}

/** Builds `data/opera-mini` from the real fixture values; the same fixtures always give the same bytes. */
export async function buildOperaMini({ fixturesDir, out }: BuildOptions): Promise<BuildSummary> {
  const fixtures = readFixtures(fixturesDir)
  const personas = new Map<string, Persona>()
  for (const row of fixtures.users) {
    const { persona, problems } = personaFromUserRow(row)
    if (problems.length > 0)
      throw new Error(`user ${row.user_id}: ${problems.map((p) => p.message).join('; ')}`)
    personas.set(row.user_id, persona)
  }

  const bySession = new Map<string, GoldStep[]>()
  for (const step of fixtures.gold)
    bySession.set(step.sessionId, [...(bySession.get(step.sessionId) ?? []), step])
  // Session ids start with the user and the start time: sorting them orders sessions in time.
  const sessions = [...bySession.keys()]
    .sort()
    .map((id) => sessionFor(id, bySession.get(id) ?? [], fixtures, personas.get(id.split('_')[0] ?? '')))

  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  await writeOperaDataset(sessions, {
    out,
    version: 'filtered',
    description: datasetDescription(sessions, fixtures.users.length),
    // Both real users, including the one without gold steps, as OPeRA's user table lists every user.
    users: [...personas.values()].map((persona) => ({ persona, split: SPLIT })),
  })

  const pages = sessions.flatMap((s) => s.steps.map((step) => Buffer.byteLength(step.observation.html ?? '')))
  return {
    sessions: sessions.length,
    steps: pages.length,
    users: fixtures.users.length,
    files: listFiles(out),
    pageBytes: { min: Math.min(...pages), max: Math.max(...pages) },
  }
}

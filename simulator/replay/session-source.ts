import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { openOperaDataset, type Split } from '../../traces/opera/index.js'
import type { Persona, Session, Step } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { inShard, type Shard } from './shard.js'

/** Which sessions of a source to replay. `ids` and `limit` apply after sharding. */
export interface SessionSelection {
  split?: Split
  ids?: ReadonlySet<string>
  limit?: number
  shard?: Shard
}

/** Sessions to replay, with HTML inline, from an OPeRA dataset or an earlier run directory. */
export interface SessionSource {
  kind: 'dataset' | 'run'
  /** What the sessions came from, for provenance (`NEU-HAI/OPeRA@rev` or a path). */
  origin: string
  /** The ids that `sessions()` yields, in that order; known before any HTML is decoded. */
  ids: readonly string[]
  sessions(): AsyncGenerator<Session>
  /** The source's own screenshot of a step, when it has one. */
  screenshot(step: Step): Promise<Uint8Array | undefined>
  /** Every persona the source knows (all its users, not only the selected sessions'), by user id order. */
  personas(): Promise<Persona[]>
}

/** A directory holding run.json is a run directory; anything else is read as an OPeRA dataset. */
export function openSessionSource(path: string, selection: SessionSelection = {}): Promise<SessionSource> {
  return existsSync(join(path, 'run.json')) ? runSource(path, selection) : datasetSource(path, selection)
}

function select(ids: readonly string[], selection: SessionSelection): string[] {
  const kept = ids.filter(
    (id) => inShard(id, selection.shard) && (selection.ids === undefined || selection.ids.has(id)),
  )
  return selection.limit === undefined ? kept : kept.slice(0, selection.limit)
}

async function datasetSource(path: string, selection: SessionSelection): Promise<SessionSource> {
  const dataset = await openOperaDataset(path, selection.split ? { split: selection.split } : {})
  const ids = select(
    (await dataset.index()).map((entry) => entry.id),
    selection,
  )
  const wanted = new Set(ids)
  const { layout } = dataset
  return {
    kind: 'dataset',
    origin: layout.revision ? `NEU-HAI/OPeRA@${layout.revision}` : layout.root,
    ids,
    sessions: () => dataset.sessions({ ids: wanted }),
    screenshot: async (step) => {
      const name = step.observation.screenshot?.name
      return name !== undefined && dataset.hasImage(name) ? dataset.image(name) : undefined
    },
    personas: async () => byUserId(dataset.users.values()),
  }
}

async function runSource(path: string, selection: SessionSelection): Promise<SessionSource> {
  const run = await openRunDir(path)
  const stored = (await run.listSessions()).filter(
    (s) => selection.split === undefined || s.split === selection.split,
  )
  const ids = select(
    stored.map((s) => s.id),
    selection,
  )
  const byId = new Map(stored.map((s) => [s.id, s]))
  async function* sessions(): AsyncGenerator<Session> {
    for (const id of ids) {
      const session = byId.get(id)
      if (session === undefined) continue
      const { steps } = await run.readSteps(id)
      const inlined: Step[] = []
      for (const step of steps) {
        const html = await run.readHtml(step)
        const { htmlFile: _htmlFile, ...observation } = step.observation
        inlined.push({ ...step, observation: { ...observation, ...(html !== undefined && { html }) } })
      }
      yield {
        id,
        userId: session.userId,
        ...(session.persona !== undefined && { persona: session.persona }),
        steps: inlined,
        outcome: session.outcome,
        ...(session.split !== undefined && { split: session.split }),
        provenance: session.provenance,
      }
    }
  }
  return {
    kind: 'run',
    origin: run.dir,
    ids,
    sessions,
    screenshot: (step) => run.readScreenshot(step),
    personas: async () => byUserId(stored.flatMap((s) => (s.persona === undefined ? [] : [s.persona]))),
  }
}

/** One persona per user, ordered by user id so anything drawn from the list is reproducible. */
function byUserId(personas: Iterable<Persona>): Persona[] {
  const unique = new Map<string, Persona>()
  for (const persona of personas) if (!unique.has(persona.userId)) unique.set(persona.userId, persona)
  return [...unique.values()].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
}

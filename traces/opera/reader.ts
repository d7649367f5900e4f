import { relative } from 'node:path'
import { sessionOutcome } from '../schema/outcome.js'
import type { Persona } from '../schema/persona.js'
import type { Provenance, Session } from '../schema/session.js'
import type { Step } from '../schema/step.js'
import { type ActionRow, actionColumns, type DatasetVersion, SPLITS, type Split } from './columns.js'
import { type DatasetLayout, detectLayout, type SplitFiles } from './layout.js'
import { LoadReport } from './load-report.js'
import { presentString } from './missing.js'
import { openParquet, type ParquetTable, readRows } from './parquet-file.js'
import { personaFromUserRow } from './persona-survey.js'
import { type RowStep, rowToStep } from './row-to-step.js'

export interface OpenOperaOptions {
  version?: DatasetVersion
  /** Which split to stream; default both, train first. */
  split?: Split | 'all'
}

export interface StreamOptions {
  /** Only these sessions (row groups holding none of them are not decoded). */
  ids?: ReadonlySet<string>
  /** Only the first N sessions in file order. */
  limit?: number
  /** Keep only sessions where this returns true (decided before any HTML is decoded). */
  filter?: (entry: SessionIndexEntry) => boolean
}

export interface SessionIndexEntry {
  id: string
  userId: string
  split: Split
  rows: number
}

interface SessionRecord {
  userId: string
  actionCount: number | undefined
}

interface ImageLocation {
  table: ParquetTable
  row: number
}

export interface OperaDataset {
  layout: DatasetLayout
  report: LoadReport
  users: ReadonlyMap<string, Persona>
  /** Lists sessions from the session_id column alone: cheap, no HTML decoded. */
  index(): Promise<SessionIndexEntry[]>
  /** Streams whole sessions, decoding one row group at a time. */
  sessions(options?: StreamOptions): AsyncGenerator<Session>
  /** The screenshot bytes of an image-table entry, read on demand. */
  image(name: string): Promise<Uint8Array | undefined>
  hasImage(name: string): boolean
}

/** The user id is everything before the first `_` of a session id. */
export function userIdOfSession(sessionId: string): string {
  const cut = sessionId.indexOf('_')
  return cut < 0 ? sessionId : sessionId.slice(0, cut)
}

function selectedSplits(layout: DatasetLayout, split: Split | 'all'): Split[] {
  return SPLITS.filter((s) => layout.splits[s] !== undefined && (split === 'all' || split === s))
}

class Loader {
  readonly report = new LoadReport()
  readonly users = new Map<string, Persona>()
  readonly sessionTable = new Map<string, SessionRecord>()
  readonly images = new Map<string, ImageLocation>()
  private readonly tables = new Map<string, ParquetTable | undefined>()
  private actionIndex: Map<Split, ActionIndex> | undefined

  constructor(
    readonly layout: DatasetLayout,
    readonly splits: Split[],
  ) {}

  fileLabel(path: string): string {
    const rel = relative(
      this.layout.kind === 'action-file' ? `${this.layout.root}/..` : this.layout.root,
      path,
    )
    return rel === '' ? path : rel
  }

  /** Opens each file once; an unreadable file is reported once and then left out. */
  async table(path: string, required: readonly string[] = []): Promise<ParquetTable | undefined> {
    if (this.tables.has(path)) return this.tables.get(path)
    const opened = await openParquet(path)
    let table: ParquetTable | undefined
    if (!opened.ok) {
      this.report.add({ code: 'parquet_invalid', file: this.fileLabel(path), message: opened.message })
    } else {
      const missing = required.filter((c) => !opened.table.columns.includes(c))
      if (missing.length > 0) {
        this.report.add({
          code: 'columns_missing',
          file: this.fileLabel(path),
          message: `missing columns: ${missing.join(', ')}`,
        })
      }
      table =
        missing.includes('session_id') || missing.includes('user_id') || missing.includes('image_name')
          ? undefined
          : opened.table
    }
    this.tables.set(path, table)
    return table
  }

  private allFiles(kind: keyof SplitFiles): string[] {
    // Users and images are looked up across splits: OPeRA's users overlap splits, and its image
    // tables do not follow the action tables' split.
    return SPLITS.flatMap((s) => this.layout.splits[s]?.[kind] ?? [])
  }

  async loadUsers(): Promise<void> {
    for (const path of this.allFiles('user')) {
      const table = await this.table(path, ['user_id'])
      if (!table) continue
      for (const range of table.rowGroups) {
        const rows = await readRows(table, range, [
          'user_id',
          'survey',
          'raw_survey',
          'interview_transcript',
          'interview_transcript_processed',
        ])
        rows.forEach((row, i) => {
          const userId = presentString(row.user_id)
          if (userId === undefined || this.users.has(userId)) return
          const { persona, problems, empty } = personaFromUserRow({
            ...(row as Record<string, string | null>),
            user_id: userId,
          })
          for (const problem of problems) {
            this.report.add({
              code: 'persona_invalid',
              file: this.fileLabel(path),
              row: range.start + i,
              column: problem.column,
              message: problem.message,
            })
          }
          // A user row with no survey and no interview describes nobody: no persona.
          if (!empty) this.users.set(userId, persona)
        })
      }
    }
  }

  async loadSessionTable(): Promise<void> {
    for (const path of this.allFiles('session')) {
      const table = await this.table(path, ['session_id', 'user_id', 'action_count'])
      if (!table) continue
      for (const range of table.rowGroups) {
        const rows = await readRows(table, range, ['session_id', 'user_id', 'action_count'])
        rows.forEach((row, i) => {
          const id = presentString(row.session_id)
          if (id === undefined) return
          if (this.sessionTable.has(id)) {
            this.report.add({
              code: 'duplicate',
              file: this.fileLabel(path),
              row: range.start + i,
              sessionId: id,
              message: `session ${id} listed twice`,
            })
            return
          }
          const count = Number(row.action_count)
          this.sessionTable.set(id, {
            userId: presentString(row.user_id) ?? userIdOfSession(id),
            actionCount: Number.isFinite(count) ? count : undefined,
          })
        })
      }
    }
  }

  async loadImageIndex(): Promise<void> {
    for (const path of this.allFiles('image')) {
      const table = await this.table(path, ['image_name'])
      if (!table) continue
      for (const range of table.rowGroups) {
        const rows = await readRows(table, range, ['image_name'])
        rows.forEach((row, i) => {
          const name = presentString(row.image_name)
          if (name === undefined) {
            this.report.add({
              code: 'image_row_invalid',
              file: this.fileLabel(path),
              row: range.start + i,
              column: 'image_name',
              message: 'image row has no image_name',
            })
          } else if (!this.images.has(name)) {
            this.images.set(name, { table, row: range.start + i })
          }
        })
      }
    }
  }

  async image(name: string): Promise<Uint8Array | undefined> {
    const location = this.images.get(name)
    if (!location) return undefined
    const [row] = await readRows(location.table, { start: location.row, end: location.row + 1 }, ['image'], {
      binary: true,
    })
    const image = row?.image as { bytes?: unknown } | null | undefined
    const bytes = image?.bytes
    return bytes instanceof Uint8Array && bytes.byteLength > 0 ? bytes : undefined
  }

  /** Pass 1: which sessions each split holds, how many rows each, and in which row groups. */
  async actionIndexes(): Promise<Map<Split, ActionIndex>> {
    if (this.actionIndex) return this.actionIndex
    const indexes = new Map<Split, ActionIndex>()
    for (const split of this.splits) {
      const index: ActionIndex = { sessions: new Map(), order: [], tables: [] }
      for (const path of this.layout.splits[split]?.action ?? []) {
        const table = await this.table(path, ['session_id', 'action_type', 'timestamp'])
        if (!table) continue
        index.tables.push(table)
        for (const [groupIndex, range] of table.rowGroups.entries()) {
          const rows = await readRows(table, range, ['session_id'])
          for (const row of rows) {
            const id = presentString(row.session_id)
            if (id === undefined) continue
            let entry = index.sessions.get(id)
            if (!entry) {
              entry = { rows: 0, groups: new Set() }
              index.sessions.set(id, entry)
              index.order.push(id)
            }
            entry.rows++
            entry.groups.add(`${table.path}#${groupIndex}`)
          }
        }
      }
      indexes.set(split, index)
    }
    this.actionIndex = indexes
    return indexes
  }

  entry(id: string, split: Split, rows: number): SessionIndexEntry {
    return { id, split, rows, userId: this.sessionTable.get(id)?.userId ?? userIdOfSession(id) }
  }
}

interface ActionIndex {
  sessions: Map<string, { rows: number; groups: Set<string> }>
  order: string[]
  tables: ParquetTable[]
}

interface PendingStep {
  step: RowStep
  order: number
  time: number
}

/**
 * Opens an OPeRA dataset in any layout shopsim recognises. Users, the session table and the image
 * index are read at once (they are small); action rows are streamed by row group.
 */
export async function openOperaDataset(path: string, options: OpenOperaOptions = {}): Promise<OperaDataset> {
  const layout = detectLayout(path, options.version)
  const loader = new Loader(layout, selectedSplits(layout, options.split ?? 'all'))
  await loader.loadUsers()
  await loader.loadSessionTable()
  await loader.loadImageIndex()

  const provenance = (split: Split): Provenance => ({
    source: 'opera',
    dataset: layout.revision ? `NEU-HAI/OPeRA@${layout.revision}` : layout.root,
    version: layout.version,
    split,
  })

  async function* sessions(stream: StreamOptions = {}): AsyncGenerator<Session> {
    const indexes = await loader.actionIndexes()
    let emitted = 0
    for (const split of loader.splits) {
      const index = indexes.get(split)
      if (!index) continue
      const wanted = new Set<string>()
      for (const id of index.order) {
        const info = index.sessions.get(id)
        if (!info) continue
        if (stream.ids && !stream.ids.has(id)) continue
        if (stream.filter && !stream.filter(loader.entry(id, split, info.rows))) continue
        if (stream.limit !== undefined && emitted + wanted.size >= stream.limit) break
        wanted.add(id)
      }
      const groups = new Set<string>()
      for (const id of wanted) for (const g of index.sessions.get(id)?.groups ?? []) groups.add(g)

      const pending = new Map<string, { steps: PendingStep[]; seen: number }>()
      let order = 0
      for (const table of index.tables) {
        for (const [groupIndex, range] of table.rowGroups.entries()) {
          if (!groups.has(`${table.path}#${groupIndex}`)) {
            order += range.end - range.start
            continue
          }
          let rows: Record<string, unknown>[]
          try {
            rows = await readRows(table, range, [...actionColumns(layout.version)])
          } catch (error) {
            loader.report.add({
              code: 'parquet_invalid',
              file: loader.fileLabel(table.path),
              row: range.start,
              message: `rows ${range.start}-${range.end - 1} could not be decoded (${error instanceof Error ? error.message : String(error)})`,
            })
            continue
          }
          for (const [i, row] of rows.entries()) {
            const rowNumber = range.start + i
            const sessionId = presentString(row.session_id)
            // Rows of sessions not asked for are neither converted nor reported.
            if (sessionId !== undefined && !wanted.has(sessionId)) continue
            const conversion = rowToStep(row as ActionRow)
            for (const problem of conversion.problems) {
              loader.report.add({
                code: problem.code,
                file: loader.fileLabel(table.path),
                row: rowNumber,
                ...(problem.column ? { column: problem.column } : {}),
                ...(sessionId ? { sessionId } : {}),
                message: problem.message,
              })
            }
            if (sessionId === undefined) continue
            let session = pending.get(sessionId)
            if (!session) {
              session = { steps: [], seen: 0 }
              pending.set(sessionId, session)
            }
            session.seen++
            if (conversion.kind === 'step') {
              const step = conversion.step
              if (conversion.imageName !== undefined && !loader.images.has(conversion.imageName)) {
                loader.report.add({
                  code: 'image_missing',
                  file: loader.fileLabel(table.path),
                  row: rowNumber,
                  column: 'image',
                  sessionId,
                  message: `no image named ${conversion.imageName} in the image tables`,
                })
                delete step.observation.screenshot
              }
              const time = step.timestamp === undefined ? Number.NaN : Date.parse(step.timestamp)
              session.steps.push({ step, order: order + i, time })
            }
            if (session.seen === index.sessions.get(sessionId)?.rows) {
              pending.delete(sessionId)
              yield finish(sessionId, split, session.steps, table.path)
              emitted++
            }
          }
          order += range.end - range.start
        }
      }
      // Rows lost to an undecodable row group leave sessions short: emit what was found, reported.
      for (const [sessionId, session] of pending) {
        loader.report.add({
          code: 'action_count_mismatch',
          file: loader.fileLabel(index.tables[0]?.path ?? layout.root),
          sessionId,
          message: `only ${session.seen} of ${index.sessions.get(sessionId)?.rows} rows could be read`,
        })
        yield finish(sessionId, split, session.steps, index.tables[0]?.path ?? layout.root)
        emitted++
      }
    }
  }

  function finish(sessionId: string, split: Split, pendingSteps: PendingStep[], file: string): Session {
    const record = loader.sessionTable.get(sessionId)
    if (loader.sessionTable.size > 0 && !record) {
      loader.report.add({
        code: 'session_unlisted',
        file: loader.fileLabel(file),
        sessionId,
        message: `session ${sessionId} is not in the session table`,
      })
    }
    if (record?.actionCount !== undefined && record.actionCount !== pendingSteps.length) {
      loader.report.add({
        code: 'action_count_mismatch',
        file: loader.fileLabel(file),
        sessionId,
        message: `session table says ${record.actionCount} actions, ${pendingSteps.length} rows were loaded`,
      })
    }
    const steps = orderSteps(pendingSteps)
    const userId = record?.userId ?? userIdOfSession(sessionId)
    const persona = loader.users.get(userId)
    return {
      id: sessionId,
      userId,
      ...(persona ? { persona } : {}),
      steps,
      outcome: sessionOutcome(steps),
      split,
      provenance: provenance(split),
    }
  }

  return {
    layout,
    report: loader.report,
    users: loader.users,
    async index() {
      const indexes = await loader.actionIndexes()
      return loader.splits.flatMap((split) => {
        const index = indexes.get(split)
        return (index?.order ?? []).map((id) => loader.entry(id, split, index?.sessions.get(id)?.rows ?? 0))
      })
    },
    sessions,
    image: (name) => loader.image(name),
    hasImage: (name) => loader.images.has(name),
  }
}

/**
 * Orders by timestamp, ties and unparsable timestamps by file position: a row without a usable
 * timestamp takes the time of the row before it in the file.
 */
function orderSteps(pending: PendingStep[]): Step[] {
  const byFile = [...pending].sort((a, b) => a.order - b.order)
  let last = Number.NEGATIVE_INFINITY
  for (const p of byFile) {
    if (Number.isNaN(p.time)) p.time = last
    else last = p.time
  }
  return byFile
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ step }, index) => ({ ...step, index }))
}

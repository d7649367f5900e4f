import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { JsonlPart } from './jsonl-part.js'
import { ParquetPart } from './parquet-part.js'
import type { SchemaElement } from './parquet-schema.js'

/** One file every chunk of a split holds (the rows, a sidecar): merged across chunks at the end. */
export type ChunkTable =
  | { key: string; file: string; kind: 'jsonl' }
  | { key: string; file: string; kind: 'parquet'; schema: SchemaElement[]; uncompressed?: readonly string[] }

/** When a chunk is committed: at this many rows, or when its rows add up to this many bytes. */
export interface ChunkLimits {
  rows: number
  bytes: number
}

export type Counters = Record<string, number>

const ChunkRecordSchema = z.object({
  rows: z.number().int().nonnegative(),
  counters: z.record(z.string(), z.number()),
})
type ChunkRecord = z.infer<typeof ChunkRecordSchema>

const CHUNK_FILE = 'chunk.json'
const PARTIAL = '.partial'
const COMMITTED = /^\d{6}$/

type Part = JsonlPart | ParquetPart

interface OpenChunk {
  dir: string
  parts: Map<string, Part>
  rows: number
  bytes: number
  counters: Counters
}

export function addCounters(into: Counters, from: Readonly<Counters>): void {
  for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value
}

/**
 * The rows of one split, written in chunks: a chunk is built in `<n>.partial/` and committed by renaming
 * it to `<n>/`, so a killed export leaves whole chunks plus one partial folder. Reopening keeps the
 * committed chunks (`resumedRows` says how many rows they hold) and drops the rest. A chunk's content
 * depends only on the rows from its first one, so a resumed export writes the same chunks as one that
 * never stopped.
 */
export class ChunkedSplit {
  private current: OpenChunk | undefined
  private readonly committed: { dir: string; record: ChunkRecord }[]

  private constructor(
    readonly dir: string,
    private readonly tables: readonly ChunkTable[],
    private readonly limits: ChunkLimits,
    committed: { dir: string; record: ChunkRecord }[],
  ) {
    this.committed = committed
  }

  static async open(dir: string, tables: readonly ChunkTable[], limits: ChunkLimits): Promise<ChunkedSplit> {
    await mkdir(dir, { recursive: true })
    const names = (await readdir(dir)).sort()
    const committed: { dir: string; record: ChunkRecord }[] = []
    for (const name of names) {
      const path = join(dir, name)
      const record =
        COMMITTED.test(name) && Number(name) === committed.length ? await readRecord(path) : undefined
      if (record === undefined) await rm(path, { recursive: true, force: true })
      else committed.push({ dir: path, record })
    }
    return new ChunkedSplit(dir, tables, limits, committed)
  }

  /** Rows in chunks an earlier, interrupted export committed: the next `append` is row number `resumedRows`. */
  get resumedRows(): number {
    return this.committed.reduce((sum, c) => sum + c.record.rows, 0)
  }

  /** One row per table (by key); `bytes` is the row's approximate size, for the chunk byte limit. */
  async append(
    rows: Readonly<Record<string, unknown>>,
    bytes: number,
    counters: Readonly<Counters>,
  ): Promise<void> {
    const chunk = this.current ?? (await this.openChunk())
    for (const table of this.tables) {
      const part = chunk.parts.get(table.key)
      const row = rows[table.key]
      if (part === undefined || row === undefined) throw new Error(`no row for table ${table.key}`)
      await part.push(row as Record<string, unknown>, bytes)
    }
    chunk.rows++
    chunk.bytes += bytes
    addCounters(chunk.counters, counters)
    if (chunk.rows >= this.limits.rows || chunk.bytes >= this.limits.bytes) await this.commit()
  }

  /** Commits the last, partly filled chunk. */
  async finish(): Promise<void> {
    if (this.current !== undefined) await this.commit()
  }

  /** Closes the open chunk's files without committing it (the export stopped): a resume redoes it. */
  async abandon(): Promise<void> {
    const chunk = this.current
    this.current = undefined
    for (const part of chunk?.parts.values() ?? []) await part.close().catch(() => {})
  }

  /** Folders of the committed chunks, in order. */
  chunkDirs(): string[] {
    return this.committed.map((c) => c.dir)
  }

  totals(): { rows: number; counters: Counters } {
    const counters: Counters = {}
    for (const c of this.committed) addCounters(counters, c.record.counters)
    return { rows: this.resumedRows, counters }
  }

  private async openChunk(): Promise<OpenChunk> {
    const dir = join(this.dir, `${String(this.committed.length).padStart(6, '0')}${PARTIAL}`)
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir)
    const parts = new Map<string, Part>()
    for (const table of this.tables) {
      const path = join(dir, table.file)
      parts.set(
        table.key,
        table.kind === 'jsonl'
          ? new JsonlPart(path)
          : new ParquetPart(path, table.schema, new Set(table.uncompressed ?? [])),
      )
    }
    this.current = { dir, parts, rows: 0, bytes: 0, counters: {} }
    return this.current
  }

  private async commit(): Promise<void> {
    const chunk = this.current
    if (chunk === undefined) return
    this.current = undefined
    for (const part of chunk.parts.values()) await part.close()
    const record: ChunkRecord = { rows: chunk.rows, counters: chunk.counters }
    await writeFile(join(chunk.dir, CHUNK_FILE), `${JSON.stringify(record)}\n`)
    const final = chunk.dir.slice(0, -PARTIAL.length)
    await rename(chunk.dir, final)
    this.committed.push({ dir: final, record })
  }
}

async function readRecord(dir: string): Promise<ChunkRecord | undefined> {
  try {
    const parsed = ChunkRecordSchema.safeParse(JSON.parse(await readFile(join(dir, CHUNK_FILE), 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

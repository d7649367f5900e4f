import { gzipSync } from 'node:zlib'
import { fileWriter, ParquetWriter } from 'hyparquet-writer'
import type { SchemaElement } from './parquet-schema.js'

/** Offset of the OS byte in a gzip header (RFC 1952); 255 means "unknown". */
const GZIP_OS_BYTE = 9

/**
 * GZIP through Node's zlib: on simplified HTML it is about twice as fast as hyparquet-writer's JavaScript
 * Snappy and compresses better, and it is a standard Parquet codec (pyarrow and DuckDB read it). The OS
 * byte is fixed so the bytes do not depend on the platform zlib was built for.
 */
function gzip(bytes: Uint8Array): Uint8Array {
  const compressed = gzipSync(bytes, { level: 1 })
  compressed[GZIP_OS_BYTE] = 255
  return compressed
}

/** Options every Parquet file of an export is written with: what `mergeParquetParts` relies on. */
export const PARQUET_WRITE = {
  createdBy: 'shopsim',
  codec: 'GZIP',
  compressors: { GZIP: gzip },
  // No statistics and no page indexes: the parts' footers then hold only offsets that merging shifts.
  statistics: false,
} as const

/**
 * A row group is written once it holds this many rows or about this many bytes. Encoding one is
 * synchronous: small groups bound memory and keep each pause short, so screenshots keep encoding.
 */
export const DEFAULT_ROW_GROUP = { rows: 8, bytes: 4 * 1024 * 1024 } as const

/**
 * One export chunk's rows as a Parquet file, written a row group at a time as rows come, so memory holds
 * one row group at most. Every column is PLAIN-encoded: the big values (pages, images) are all distinct,
 * and trying a dictionary on them costs more than writing them.
 */
export class ParquetPart {
  private writer: ParquetWriter | undefined
  private rows: Record<string, unknown>[] = []
  private bytes = 0
  private readonly columns: string[]

  /** `uncompressed` names columns of already compressed bytes (JPEG, PNG, WebP images). */
  constructor(
    readonly path: string,
    private readonly schema: SchemaElement[],
    private readonly uncompressed: ReadonlySet<string> = new Set(),
    private readonly rowGroup: { rows: number; bytes: number } = DEFAULT_ROW_GROUP,
  ) {
    this.columns = topLevelNames(schema)
  }

  /** `bytes` is the row's approximate size. */
  async push(row: Record<string, unknown>, bytes = 0): Promise<void> {
    this.rows.push(row)
    this.bytes += bytes
    if (this.rows.length >= this.rowGroup.rows || this.bytes >= this.rowGroup.bytes) await this.flush()
  }

  private open(): ParquetWriter {
    this.writer ??= new ParquetWriter({
      writer: fileWriter(this.path),
      schema: this.schema,
      ...PARQUET_WRITE,
    })
    return this.writer
  }

  private async flush(): Promise<void> {
    const writer = this.open()
    const rows = this.rows
    this.rows = []
    this.bytes = 0
    if (rows.length === 0) return
    const columnData = this.columns.map((name) => ({
      name,
      data: rows.map((row) => row[name] ?? null),
      encoding: 'PLAIN' as const,
      offsetIndex: false,
      ...(this.uncompressed.has(name) && { codec: 'UNCOMPRESSED' as const }),
    }))
    await writer.write({ columnData, rowGroupSize: rows.length })
  }

  async close(): Promise<void> {
    await this.flush()
    await this.open().finish()
    this.writer = undefined
  }
}

/** Names of the root's children, skipping over nested groups. */
export function topLevelNames(schema: readonly SchemaElement[]): string[] {
  const names: string[] = []
  const skip = (index: number): number => {
    let next = index + 1
    for (let c = 0; c < (schema[index]?.num_children ?? 0); c++) next = skip(next)
    return next
  }
  for (let i = 1; i < schema.length; i = skip(i)) names.push(schema[i]?.name ?? '')
  return names
}

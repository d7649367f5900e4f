import {
  type AsyncBuffer,
  asyncBufferFromFile,
  type FileMetaData,
  parquetMetadataAsync,
  parquetReadObjects,
} from 'hyparquet'

/** A Parquet file opened for reading by row group. */
export interface ParquetTable {
  path: string
  file: AsyncBuffer
  metadata: FileMetaData
  columns: string[]
  /** [rowStart, rowEnd) of every row group. */
  rowGroups: { start: number; end: number }[]
}

export type OpenResult = { ok: true; table: ParquetTable } | { ok: false; message: string }

/** Opens a file's footer; a truncated or non-Parquet file is a result, not an exception. */
export async function openParquet(path: string): Promise<OpenResult> {
  try {
    const file = await asyncBufferFromFile(path)
    if (file.byteLength < 12)
      return { ok: false, message: `${file.byteLength} bytes: too short to be Parquet` }
    const head = new Uint8Array(await file.slice(0, 4))
    if (String.fromCharCode(...head) !== 'PAR1')
      return { ok: false, message: 'not a Parquet file (no PAR1 header)' }
    const metadata = await parquetMetadataAsync(file)
    let start = 0
    const rowGroups = metadata.row_groups.map((group) => {
      const end = start + Number(group.num_rows)
      const range = { start, end }
      start = end
      return range
    })
    return { ok: true, table: { path, file, metadata, columns: topLevelColumns(metadata), rowGroups } }
  } catch (error) {
    return {
      ok: false,
      message: `unreadable Parquet (${error instanceof Error ? error.message : String(error)}); the file may be truncated`,
    }
  }
}

function topLevelColumns(metadata: FileMetaData): string[] {
  const names: string[] = []
  const schema = metadata.schema
  // The index just past the subtree rooted at `index` (groups list their children after them).
  const skip = (index: number): number => {
    let next = index + 1
    for (let c = 0; c < (schema[index]?.num_children ?? 0); c++) next = skip(next)
    return next
  }
  for (let i = 1; i < schema.length; i = skip(i)) names.push(schema[i]?.name ?? '')
  return names
}

export async function readRows(
  table: ParquetTable,
  range: { start: number; end: number },
  columns: string[],
  options: { binary?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const present = columns.filter((c) => table.columns.includes(c))
  if (present.length === 0) return Array.from({ length: range.end - range.start }, () => ({}))
  return parquetReadObjects({
    file: table.file,
    metadata: table.metadata,
    columns: present,
    rowStart: range.start,
    rowEnd: range.end,
    // Image bytes are binary; decoding them as UTF-8 would corrupt them.
    utf8: !options.binary,
  })
}

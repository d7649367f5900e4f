import { join } from 'node:path'
import type { ChunkTable } from './chunks.js'
import { concatenateFiles } from './jsonl-part.js'
import { mergeParquetParts } from './parquet-merge.js'
import type { WrittenFile } from './written-file.js'

/**
 * Joins a table's parts from the committed chunks, in order, into `<root>/<fileName>`: JSON lines are
 * concatenated, Parquet parts merged without decoding. Streams either way.
 */
export async function assembleTable(
  table: ChunkTable,
  chunkDirs: readonly string[],
  root: string,
  fileName: string,
  rows: number,
): Promise<WrittenFile> {
  const parts = chunkDirs.map((dir) => join(dir, table.file))
  const out = join(root, fileName)
  const written =
    table.kind === 'jsonl' ? concatenateFiles(parts, out) : await mergeParquetParts(parts, out, table.schema)
  return { path: fileName, bytes: written.bytes, sha256: written.sha256, rows }
}

import { statSync } from 'node:fs'
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet'
import { ParquetWriter } from 'hyparquet-writer'
import { HashingFileWriter } from './hashing-file-writer.js'
import { PARQUET_WRITE } from './parquet-part.js'
import type { SchemaElement } from './parquet-schema.js'

type RowGroup = ParquetWriter['row_groups'][number]

/** Parquet's 4-byte magic before the first page; footers end with the metadata length and the magic. */
const HEADER_BYTES = 4
const FOOTER_TAIL_BYTES = 8

function shifted(group: RowGroup, delta: bigint): RowGroup {
  return {
    ...group,
    ...(group.file_offset !== undefined && { file_offset: group.file_offset + delta }),
    columns: group.columns.map((column) => {
      const meta = column.meta_data
      return {
        ...column,
        file_offset: column.file_offset + delta,
        ...(meta && {
          meta_data: {
            ...meta,
            data_page_offset: meta.data_page_offset + delta,
            ...(meta.dictionary_page_offset !== undefined && {
              dictionary_page_offset: meta.dictionary_page_offset + delta,
            }),
            ...(meta.index_page_offset !== undefined && {
              index_page_offset: meta.index_page_offset + delta,
            }),
          },
        }),
      }
    }),
  }
}

/**
 * Concatenates Parquet parts written with `PARQUET_WRITE` (same schema, no page indexes) into one file
 * without decoding them: every part's pages are copied as they are, and one footer lists all row groups
 * with their offsets moved. Streams, so memory does not grow with the parts.
 */
export async function mergeParquetParts(
  parts: readonly string[],
  out: string,
  schema: SchemaElement[],
): Promise<{ bytes: number; sha256: string; rows: number }> {
  const file = new HashingFileWriter(out)
  const merged = new ParquetWriter({ writer: file, schema, ...PARQUET_WRITE })
  for (const part of parts) {
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(part))
    const pagesEnd = statSync(part).size - FOOTER_TAIL_BYTES - metadata.metadata_length
    const delta = BigInt(file.offset - HEADER_BYTES)
    file.appendFileRange(part, HEADER_BYTES, pagesEnd)
    for (const group of metadata.row_groups) {
      if (
        group.columns.some((c) => c.offset_index_offset !== undefined || c.column_index_offset !== undefined)
      )
        throw new Error(`${part} has page indexes; write parts with PARQUET_WRITE and offsetIndex: false`)
      merged.row_groups.push(shifted(group as RowGroup, delta))
      merged.num_rows += group.num_rows
    }
  }
  await merged.finish()
  return { bytes: file.offset, sha256: file.digest(), rows: Number(merged.num_rows) }
}

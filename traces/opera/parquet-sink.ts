import { fileWriter, ParquetWriter } from 'hyparquet-writer'

// hyparquet-writer bundles its own hyparquet; take the schema type from the writer itself.
type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number]

/** Column kinds the OPeRA tables use. */
export type ColumnKind = 'string' | 'int64' | 'image'

export function parquetSchema(columns: readonly (readonly [string, ColumnKind])[]): SchemaElement[] {
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }]
  for (const [name, kind] of columns) {
    if (kind === 'string') {
      schema.push({
        name,
        type: 'BYTE_ARRAY',
        converted_type: 'UTF8',
        logical_type: { type: 'STRING' },
        repetition_type: 'OPTIONAL',
      })
    } else if (kind === 'int64') {
      schema.push({ name, type: 'INT64', repetition_type: 'OPTIONAL' })
    } else {
      // Hugging Face's Image feature: a struct {bytes: binary, path: string}.
      schema.push(
        { name, repetition_type: 'OPTIONAL', num_children: 2 },
        { name: 'bytes', type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' },
        {
          name: 'path',
          type: 'BYTE_ARRAY',
          converted_type: 'UTF8',
          logical_type: { type: 'STRING' },
          repetition_type: 'OPTIONAL',
        },
      )
    }
  }
  return schema
}

/** Streams rows into one Parquet file, a row group at a time, so memory holds one group at most. */
export class ParquetSink {
  private readonly writer: ParquetWriter
  private buffer: Record<string, unknown>[] = []
  private readonly names: string[]
  rows = 0

  constructor(
    readonly path: string,
    columns: readonly (readonly [string, ColumnKind])[],
    private readonly rowGroupSize: number,
  ) {
    this.names = columns.map(([name]) => name)
    this.writer = new ParquetWriter({
      writer: fileWriter(path),
      schema: parquetSchema(columns),
      createdBy: 'shopsim',
    })
  }

  push(row: Record<string, unknown>): void {
    this.buffer.push(row)
    this.rows++
    if (this.buffer.length >= this.rowGroupSize) this.flush()
  }

  private flush(): void {
    if (this.buffer.length === 0) return
    const rows = this.buffer
    this.buffer = []
    const columnData = this.names.map((name) => ({ name, data: rows.map((row) => row[name] ?? null) }))
    this.writer.write({ columnData, rowGroupSize: rows.length })
  }

  close(): void {
    this.flush()
    this.writer.finish()
  }
}

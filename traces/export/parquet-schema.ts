import type { ParquetWriter } from 'hyparquet-writer'

// hyparquet-writer bundles its own hyparquet; take the schema type from the writer itself.
export type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number]

/** A column type, nested as verl and TRL need (lists of message structs, structs of strings). */
export type Field =
  | { kind: 'string'; optional?: boolean }
  | { kind: 'int64' }
  | { kind: 'binary'; optional?: boolean }
  | { kind: 'struct'; fields: readonly (readonly [string, Field])[] }
  | { kind: 'list'; element: Field }

export const string = (optional = false): Field => ({ kind: 'string', optional })
export const int64 = (): Field => ({ kind: 'int64' })
export const binary = (optional = false): Field => ({ kind: 'binary', optional })
export const struct = (fields: readonly (readonly [string, Field])[]): Field => ({ kind: 'struct', fields })
export const list = (element: Field): Field => ({ kind: 'list', element })

const repetition = (optional: boolean | undefined) => (optional ? 'OPTIONAL' : 'REQUIRED')

function elements(name: string, field: Field): SchemaElement[] {
  const builders = {
    string: (f: Extract<Field, { kind: 'string' }>): SchemaElement[] => [
      {
        name,
        type: 'BYTE_ARRAY',
        converted_type: 'UTF8',
        logical_type: { type: 'STRING' },
        repetition_type: repetition(f.optional),
      },
    ],
    int64: (): SchemaElement[] => [{ name, type: 'INT64', repetition_type: 'REQUIRED' }],
    binary: (f: Extract<Field, { kind: 'binary' }>): SchemaElement[] => [
      { name, type: 'BYTE_ARRAY', repetition_type: repetition(f.optional) },
    ],
    struct: (f: Extract<Field, { kind: 'struct' }>): SchemaElement[] => [
      { name, repetition_type: 'REQUIRED', num_children: f.fields.length },
      ...f.fields.flatMap(([child, type]) => elements(child, type)),
    ],
    // The standard three-level list: <name> (LIST) > list (repeated) > element.
    list: (f: Extract<Field, { kind: 'list' }>): SchemaElement[] => [
      { name, repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      ...elements('element', f.element),
    ],
  }
  return (builders[field.kind] as (f: Field) => SchemaElement[])(field)
}

/** The Parquet schema of a table whose columns are these fields, in this order. */
export function tableSchema(columns: readonly (readonly [string, Field])[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.flatMap(([name, f]) => elements(name, f)),
  ]
}

/** Hugging Face's Image feature as a struct: what verl and `datasets` read as image bytes. */
export const IMAGE_STRUCT = struct([
  ['bytes', binary()],
  ['path', string(true)],
])

/** A chat message as a struct of two strings. */
export const MESSAGE_STRUCT = struct([
  ['role', string()],
  ['content', string()],
])

import { readFileSync } from 'node:fs'
import { DuckDBInstance } from '@duckdb/node-api'

/** For tests: every line of a JSONL file, parsed on its own (a line that is not JSON throws). */
export function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown)
}

const quote = (path: string): string => `'${path.replace(/'/g, "''")}'`

/**
 * For tests: rows of a Parquet file read by DuckDB, an independent reader. `json` gives JSON-friendly
 * values; `raw` gives DuckDB's values (blobs with their bytes).
 */
export async function duckQuery(
  sql: (table: string) => string,
  path: string,
  mode: 'json' | 'raw' = 'json',
): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  try {
    const reader = await connection.runAndReadAll(sql(`read_parquet(${quote(path)})`))
    return mode === 'json'
      ? (reader.getRowObjectsJson() as Record<string, unknown>[])
      : (reader.getRowObjects() as Record<string, unknown>[])
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { DuckDBInstance } from '@duckdb/node-api'
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { afterAll, describe, expect, it } from 'vitest'
import { mergeParquetParts } from './parquet-merge.js'
import { ParquetPart } from './parquet-part.js'
import { IMAGE_STRUCT, int64, list, MESSAGE_STRUCT, string, struct, tableSchema } from './parquet-schema.js'

const root = mkdtempSync(join(tmpdir(), 'shopsim-parquet-merge-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const SCHEMA = tableSchema([
  ['prompt', list(MESSAGE_STRUCT)],
  [
    'info',
    struct([
      ['index', int64()],
      ['note', string(true)],
    ]),
  ],
  ['images', list(IMAGE_STRUCT)],
])

function row(i: number) {
  return {
    prompt: [
      { role: 'system', content: 'rules' },
      { role: 'user', content: `<image>\npage ${i} ${'x'.repeat(i * 50)}` },
    ],
    info: { index: BigInt(i), note: i % 2 === 0 ? null : `odd ${i}` },
    images: i % 3 === 0 ? [] : [{ bytes: new Uint8Array([i, i + 1, i + 2]), path: null }],
  }
}

async function writeParts(prefix: string, sizes: number[]): Promise<string[]> {
  const paths: string[] = []
  let i = 0
  for (const [n, size] of sizes.entries()) {
    // A row group every 3 rows, so parts hold one or two row groups.
    const part = new ParquetPart(join(root, `${prefix}-${n}.parquet`), SCHEMA, new Set(['images']), {
      rows: 3,
      bytes: Number.POSITIVE_INFINITY,
    })
    for (let k = 0; k < size; k++) await part.push(row(i++))
    await part.close()
    paths.push(part.path)
  }
  return paths
}

describe('mergeParquetParts', () => {
  it('joins parts into one file that DuckDB and hyparquet read in order, every row group kept', async () => {
    const parts = await writeParts('a', [4, 1, 5])
    const out = join(root, 'merged.parquet')
    const merged = await mergeParquetParts(parts, out, SCHEMA)
    expect(merged.rows).toBe(10)
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(out))
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([3, 1, 1, 3, 2])
    expect(merged.bytes).toBe(readFileSync(out).length)

    const instance = await DuckDBInstance.create(':memory:')
    const connection = await instance.connect()
    const reader = await connection.runAndReadAll(
      `SELECT info.index AS i, info.note AS note, prompt[2].content AS user, len(images) AS n,
              images[1].bytes AS bytes FROM read_parquet('${out}')`,
    )
    const rows = reader.getRowObjectsJson() as Record<string, unknown>[]
    connection.closeSync()
    instance.closeSync()
    expect(rows.map((r) => Number(r.i))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    for (const [i, r] of rows.entries()) {
      const expected = row(i)
      expect(r.user).toBe(expected.prompt[1]?.content)
      expect(r.note).toBe(expected.info.note)
      expect(Number(r.n)).toBe(expected.images.length)
    }
    // hyparquet reads GZIP pages given a decompressor (hyparquet-compressors provides one).
    const decoded = await parquetReadObjects({
      file: await asyncBufferFromFile(out),
      compressors: { GZIP: (input: Uint8Array) => new Uint8Array(gunzipSync(input)) },
    })
    expect(decoded.map((r) => Number((r.info as { index: bigint }).index))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ])
  })

  it('gives the same bytes for the same parts', async () => {
    const a = await mergeParquetParts(await writeParts('b', [3, 3]), join(root, 'b.parquet'), SCHEMA)
    const c = await mergeParquetParts(await writeParts('c', [3, 3]), join(root, 'c.parquet'), SCHEMA)
    expect(a.sha256).toBe(c.sha256)
    expect(readFileSync(join(root, 'b.parquet')).equals(readFileSync(join(root, 'c.parquet')))).toBe(true)
  })
})

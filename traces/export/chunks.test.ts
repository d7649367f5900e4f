import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { assembleTable } from './assemble.js'
import { ChunkedSplit, type ChunkTable } from './chunks.js'

const root = mkdtempSync(join(tmpdir(), 'shopsim-chunks-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const TABLES: ChunkTable[] = [
  { key: 'rows', file: 'rows.jsonl', kind: 'jsonl' },
  { key: 'meta', file: 'meta.jsonl', kind: 'jsonl' },
]
const row = (i: number) => ({ rows: { i }, meta: { of: i } })

describe('ChunkedSplit', () => {
  it('commits a chunk at its row or byte limit, and merges the chunks in order', async () => {
    const dir = join(root, 'a')
    const split = await ChunkedSplit.open(dir, TABLES, { rows: 3, bytes: 100 })
    for (let i = 0; i < 7; i++)
      await split.append(row(i), i === 4 ? 200 : 1, { examples: 1, [`n.${i % 2}`]: 1 })
    await split.finish()
    // Rows 0-2 (row limit), 3-4 (byte limit at row 4), 5-6 (the rest).
    expect(readdirSync(dir)).toEqual(['000000', '000001', '000002'])
    expect(split.totals()).toEqual({ rows: 7, counters: { examples: 7, 'n.0': 4, 'n.1': 3 } })
    const file = await assembleTable(TABLES[0] as ChunkTable, split.chunkDirs(), root, 'merged.jsonl', 7)
    const lines = readFileSync(join(root, 'merged.jsonl'), 'utf8').trim().split('\n')
    expect(lines.map((l) => (JSON.parse(l) as { i: number }).i)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(file).toMatchObject({ path: 'merged.jsonl', rows: 7 })
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reopens with the committed chunks and drops a partial one and anything after a gap', async () => {
    const dir = join(root, 'b')
    const first = await ChunkedSplit.open(dir, TABLES, { rows: 2, bytes: 1e9 })
    for (let i = 0; i < 5; i++) await first.append(row(i), 1, { examples: 1 })
    // Killed here: rows 0-3 are in two committed chunks, row 4 in 000002.partial.
    expect(readdirSync(dir)).toEqual(['000000', '000001', '000002.partial'])
    mkdirSync(join(dir, '000009'))
    writeFileSync(join(dir, '000009', 'chunk.json'), '{"rows":2,"counters":{}}')

    const again = await ChunkedSplit.open(dir, TABLES, { rows: 2, bytes: 1e9 })
    expect(again.resumedRows).toBe(4)
    expect(readdirSync(dir)).toEqual(['000000', '000001'])
    await again.append(row(4), 1, { examples: 1 })
    await again.finish()
    expect(again.totals()).toEqual({ rows: 5, counters: { examples: 5 } })
    expect(existsSync(join(dir, '000002', 'meta.jsonl'))).toBe(true)
  })
})

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { JsonlPart } from './jsonl-part.js'

describe('JsonlPart', () => {
  it('writes every row as one line, in order, across batch boundaries and rows larger than a batch', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'shopsim-jsonl-part-')), 'part.jsonl')
    const part = new JsonlPart(path)
    const rows: unknown[] = []
    // Non-ASCII text (three UTF-8 bytes a character) fills batches unevenly; the 2 M-character row needs
    // more than a whole batch by itself.
    for (let i = 0; i < 40; i++) rows.push({ i, text: `›${'page '.repeat(20_000 + i * 997)}“quoted”\n` })
    rows.splice(17, 0, { i: 'big', text: '€'.repeat(2_000_000) })
    for (const row of rows) await part.push(row)
    await part.close()
    const lines = readFileSync(path, 'utf8').split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.map((line) => JSON.parse(line))).toEqual(rows)
  })

  it('writes an empty file for a part with no rows', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'shopsim-jsonl-part-')), 'empty.jsonl')
    const part = new JsonlPart(path)
    await part.close()
    expect(readFileSync(path, 'utf8')).toBe('')
  })
})

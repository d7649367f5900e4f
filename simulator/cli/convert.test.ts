import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUYING_SESSION, CUT_SHORT_SESSION, tempDataset, writeHandRun } from '../convert/test-run.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

let runDir: string
beforeAll(async () => {
  runDir = await writeHandRun({ 'live-0000': BUYING_SESSION, 'live-0001': CUT_SHORT_SESSION })
})

describe('shopsim convert', () => {
  it('writes the OPeRA layout and says what it wrote', async () => {
    const out = tempDataset()
    const io = captureIo()
    expect(await main(['convert', runDir, '--out', out, '--origin', 'https://store.example/'], io)).toBe(0)
    expect(io.out()).toContain('(OPeRA_filtered): 2 sessions, 8 action rows, 7 screenshots')
    expect(io.out()).toContain('closing terminate rows appended: 1')
    expect(io.out()).toContain('skipped (no step to write): live-empty')
    expect(existsSync(join(out, 'OPeRA_filtered', 'session', 'train', 'train.parquet'))).toBe(true)
    expect(existsSync(join(out, 'shopsim-sessions.jsonl'))).toBe(true)
  })

  it('prints JSON with --json and writes the full version with --version full', async () => {
    const io = captureIo()
    const out = tempDataset()
    expect(
      await main(
        ['convert', runDir, '--out', out, '--version', 'full', '--json', '--jpeg-quality', '30'],
        io,
      ),
    ).toBe(0)
    const result = JSON.parse(io.out())
    expect(result.dataset.version).toBe('full')
    expect(result.sessions.map((s: { runSessionId: string }) => s.runSessionId)).toEqual([
      'live-0000',
      'live-0001',
    ])
  })

  it('exits 2 on a bad command line and 1 on a directory that is not a run', async () => {
    for (const args of [
      ['convert', runDir],
      ['convert', '--out', tempDataset()],
      ['convert', runDir, '--out', tempDataset(), '--version', 'raw'],
      ['convert', runDir, '--out', tempDataset(), '--origin', 'https://store.example/path'],
      ['convert', runDir, '--out', tempDataset(), '--jpeg-quality', '101'],
    ]) {
      const io = captureIo()
      expect(await main(args, io), args.join(' ')).toBe(2)
    }
    const io = captureIo()
    expect(await main(['convert', tempDataset(), '--out', tempDataset()], io)).toBe(1)
    expect(io.err()).toContain('E_RUN_DIR')
  })
})

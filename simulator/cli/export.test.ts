import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { OPERA_MINI } from '../export/test-source.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

const root = mkdtempSync(join(tmpdir(), 'shopsim-export-cli-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let outs = 0
const freshOut = () => join(root, `out-${outs++}`)

describe('shopsim export', () => {
  it('exports opera-mini for verl and prints what it wrote; --resume then finds it complete', async () => {
    const out = freshOut()
    const io = captureIo()
    const args = ['export', OPERA_MINI, '--format', 'rl-verl', '--out', out, '--split-ratio', '0.5']
    expect(await main(args, io)).toBe(EXIT.ok)
    expect(io.out()).toMatch(/^rl-verl: 15 examples \(train \d+, test \d+\) from 3 sessions ->/)
    expect(io.out()).toContain('train.parquet')
    expect(io.out()).toMatch(/actions: click 13, input 1, terminate 1/)
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      options: { splitRatio: number }
    }
    expect(manifest.options.splitRatio).toBe(0.5)

    const again = captureIo()
    expect(await main([...args, '--resume', '--json'], again)).toBe(EXIT.ok)
    expect(JSON.parse(again.out())).toMatchObject({ format: 'rl-verl', resumed: true })
  })

  it('passes the prompt and format flags through', async () => {
    const out = freshOut()
    const io = captureIo()
    const args = [
      'export',
      OPERA_MINI,
      '--format',
      'rl-trl',
      '--jsonl',
      '--out',
      out,
      '--dialect',
      'type_and_submit',
    ]
    const more = [
      '--persona',
      'none',
      '--history',
      '2',
      '--token-budget',
      '3000',
      '--rationale',
      'none',
      '--json',
    ]
    expect(await main([...args, ...more], io)).toBe(EXIT.ok)
    const manifest = JSON.parse(io.out()) as { options: Record<string, unknown>; files: { path: string }[] }
    expect(manifest.options).toMatchObject({
      format: 'rl-trl',
      table: 'jsonl',
      dialect: 'type_and_submit',
      personaMode: 'none',
      historyWindow: 2,
      tokenBudget: 3000,
      rationale: 'none',
    })
    expect(manifest.files.map((f) => f.path)).toEqual(['test.jsonl'])
  })

  it('refuses bad flags with a usage error', async () => {
    const out = freshOut()
    const cases = [
      ['export', OPERA_MINI, '--out', out],
      ['export', OPERA_MINI, '--format', 'csv', '--out', out],
      ['export', OPERA_MINI, '--format', 'rl-verl', '--out', out, '--jsonl'],
      ['export', OPERA_MINI, '--format', 'rl-trl', '--out', out, '--jsonl', '--parquet'],
      ['export', OPERA_MINI, '--format', 'rl-verl', '--out', out, '--image-format', 'png'],
      ['export', OPERA_MINI, '--format', 'rl-verl', '--out', out, '--split-ratio', '1.5'],
      ['export', OPERA_MINI, '--format', 'rl-verl', '--out', out, '--rationale', 'gpt'],
    ]
    for (const args of cases) {
      const io = captureIo()
      expect(await main(args, io), args.join(' ')).toBe(EXIT.usage)
    }
  })

  it('refuses to replace a folder that holds something else', async () => {
    const out = freshOut()
    mkdirSync(out)
    writeFileSync(join(out, 'keep.txt'), 'mine')
    const io = captureIo()
    expect(await main(['export', OPERA_MINI, '--format', 'sft-openai', '--out', out], io)).toBe(EXIT.failure)
    expect(io.err()).toContain('E_EXPORT_OUT')
  })
})

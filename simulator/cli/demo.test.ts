import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openRunDir } from '../../traces/store/index.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

interface DemoJson {
  seconds: number
  policy: string
  live: string
  replay: string
  predict: string
  exports: Record<string, string>
  report?: string
  metrics: { exactMatch?: number; actionTypeAccuracy?: number; steps: number }
  liveOutcomes: Record<string, number>
}

describe('shopsim demo', () => {
  it('runs every stage on the bundled sample, stages on stderr, every output as JSON on stdout', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'shopsim-demo-'))
    const io = { ...captureIo(), cwd }
    const args = ['demo', '--out', 'demo-output', '--live-sessions', '1', '--sample-sessions', '1', '--json']
    expect(await main(args, io)).toBe(EXIT.ok)
    const stages = io
      .err()
      .trim()
      .split('\n')
      .map((line) => line.replace(/^- /, '').split(':')[0])
    expect(stages).toEqual(['live', 'replay', 'predict', 'export', 'export', 'export', 'report'])

    const outputs = JSON.parse(io.out()) as DemoJson
    expect(outputs.policy).toBe('heuristic')
    // --out is relative to where the command runs.
    expect(outputs.live.startsWith(join(cwd, 'demo-output'))).toBe(true)
    const live = await (await openRunDir(outputs.live)).listSessions()
    expect(live).toHaveLength(1)
    expect(live[0]?.status).toBe('done')
    expect(Object.values(outputs.liveOutcomes).reduce((a, b) => a + b, 0)).toBe(1)
    expect(await (await openRunDir(outputs.replay)).listSessions()).toHaveLength(1)
    expect(outputs.metrics.steps).toBeGreaterThan(0)
    expect(outputs.metrics.actionTypeAccuracy).toBeGreaterThan(0)

    expect(Object.keys(outputs.exports)).toEqual(['sft-openai', 'sft-sharegpt', 'rl-verl'])
    for (const dir of Object.values(outputs.exports)) {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        counts: { examples: number }
      }
      expect(manifest.counts.examples).toBeGreaterThan(0)
    }
    expect(existsSync(join(outputs.report as string, 'index.html'))).toBe(true)
  }, 180_000)

  it('refuses a session count that is not a positive integer', async () => {
    const io = captureIo()
    expect(await main(['demo', '--live-sessions', '0'], io)).toBe(EXIT.usage)
    expect(io.err()).toContain('--live-sessions must be a positive integer')
  })
})

import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createBrowserPool } from '../../environments/browser/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { findPackageRoot } from '../../traces/tool-version.js'
import { createHeuristicPolicy } from '../agents/heuristic/index.js'
import { writeReport } from '../report/index.js'
import { runDemo } from './run-demo.js'

const pool = createBrowserPool()
afterAll(() => pool.close())

describe('runDemo', () => {
  it('runs every stage on the bundled sample and leaves each output where it says', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'shopsim-demo-')), 'demo-output')
    const stages: string[] = []
    const outputs = await runDemo({
      out,
      sample: join(findPackageRoot() as string, 'data', 'opera-sample'),
      pool,
      predictPolicy: createHeuristicPolicy(),
      liveSessions: 1,
      sampleSessions: 1,
      onStage: (stage) => stages.push(stage.split(':')[0] as string),
      report: async (runDir, target) => {
        await writeReport({ runDir, out: target })
      },
    })
    expect(stages).toEqual(['live', 'replay', 'predict', 'export', 'export', 'export', 'report'])

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
})

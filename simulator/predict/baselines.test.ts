import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRunDirRecords, scorePredictions } from '../../rewards/metrics/index.js'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { createHeuristicPolicy } from '../agents/heuristic/index.js'
import type { Policy } from '../agents/policy.js'
import { createRandomPolicy } from '../agents/random.js'
import { predictDataset } from './predict-dataset.js'

const MINI = join(PROJECT_ROOT, 'data', 'opera-mini')

async function metricsOf(policy: Policy, seed: number) {
  const out = join(mkdtempSync(join(tmpdir(), `shopsim-baseline-${policy.name}-`)), 'run')
  await predictDataset({ source: MINI, out, policy, seed })
  const { records } = await readRunDirRecords(out)
  return scorePredictions(records, { resamples: 0 }).metrics.overall
}

describe('baselines on the real opera-mini steps', () => {
  it('random scores low; the heuristic shopper beats it on action type', async () => {
    // Several seeds, so one lucky draw cannot decide the comparison.
    const random = await Promise.all([1, 2, 3].map((seed) => metricsOf(createRandomPolicy({ seed }), seed)))
    const heuristic = await metricsOf(createHeuristicPolicy(), 1)
    const mean = (values: (number | undefined)[]) =>
      values.reduce<number>((a, v) => a + (v ?? 0), 0) / values.length
    const randomType = mean(random.map((m) => m.actionTypeAccuracy.value))
    const randomExact = mean(random.map((m) => m.exactMatch.value))
    expect(randomExact).toBeLessThan(0.2)
    expect(heuristic.actionTypeAccuracy.value).toBeGreaterThan(randomType)
  })
})

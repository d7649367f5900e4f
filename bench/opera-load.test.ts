import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SeededRandom } from '../traces/seeded-random.js'
import { countDataset } from './opera-load/count-dataset.js'
import { datasetRoot, writeSyntheticDataset } from './opera-load/synthetic-dataset.js'
import { sessionLengths } from './opera-load/synthetic-sessions.js'

const dir = mkdtempSync(join(tmpdir(), 'shopsim-bench-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('opera-load synthetic dataset', () => {
  it('splits any step count into sessions of 3 to 25 that add up exactly', () => {
    for (const steps of [3, 25, 26, 28, 50, 2400]) {
      const lengths = sessionLengths(steps, new SeededRandom(steps))
      expect(lengths.reduce((a, b) => a + b, 0)).toBe(steps)
      for (const n of lengths) expect(n >= 3 && n <= 25).toBe(true)
    }
  })

  it('reads back exactly what it generated, with no load issues', async () => {
    const params = { steps: 100, seed: 7, medianHtmlChars: 4_000, minHtmlChars: 2_000, maxHtmlChars: 12_000 }
    const manifest = await writeSyntheticDataset(params, dir)
    expect(manifest.steps).toBe(100)

    const { steps, sessions, htmlChars, issues } = await countDataset(datasetRoot(dir))
    expect({ steps, sessions, htmlChars }).toEqual({
      steps: 100,
      sessions: manifest.sessions,
      htmlChars: manifest.htmlChars,
    })
    expect(issues).toBe(0)
    // Every fifth session is test, so 100 steps (about 7 sessions) fill both splits.
    expect(Object.keys(manifest.split).sort()).toEqual(['test', 'train'])
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportDataset, predict, replay, run, score } from '../../index.js'
import { PROJECT_ROOT } from '../fixtures.js'

const MINI = join(PROJECT_ROOT, 'data', 'opera-mini')
const temp = (label: string) => join(mkdtempSync(join(tmpdir(), `shopsim-api-${label}-`)), 'out')

describe("the library's one-call API", () => {
  it('predict and score by name, as the README shows', async () => {
    const out = temp('predict')
    const result = await predict({ source: MINI, out, policy: 'oracle' })
    expect(result.predicted).toBe(15)
    const { metrics } = await score(out, { resamples: 0 })
    expect(metrics.overall.exactMatch.value).toBe(1)
  })

  it('replay, run and exportDataset make their own browser and store when given none', async () => {
    const replayed = await replay({ source: MINI, out: temp('replay'), selection: { limit: 1 } })
    expect(replayed.report.sessions.replayed).toBe(1)

    const personas = [{ userId: 'api', demographics: {}, shopping: {}, likert: {}, bigFive: {} }]
    const live = await run({ out: temp('run'), policy: 'heuristic', personas, sessions: 1, maxSteps: 3 })
    expect(live.ranNow).toBe(1)
    expect(live.steps).toBeGreaterThan(0)

    const exported = await exportDataset({ source: MINI, out: temp('export'), format: 'sft-openai' })
    expect(exported.manifest).toBeDefined()
  }, 120_000)
})

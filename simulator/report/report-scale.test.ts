import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesUnder } from './report-files.js'
import { tempReportDir, writeTestRun } from './test-run.js'
import { writeReport } from './write-report.js'

describe('a report of 1,000 steps', () => {
  it('stays a sane size: screenshots are copied files, pages hold no inlined data', async () => {
    const root = tempReportDir('scale')
    const runDir = await writeTestRun(join(root, 'run'), { sessions: 40, stepsPerSession: 25 })
    const out = join(root, 'report')
    const result = await writeReport({ runDir, out, resamples: 0 })
    expect(result).toMatchObject({ sessions: 40, steps: 1000, screenshots: 1000, pages: 1000 })
    const size = (file: string) => statSync(join(out, file)).size
    const files = filesUnder(out)
    const sessionPages = files.filter((f) => /^sessions\/[^/]+\/index\.html$/.test(f))
    expect(sessionPages).toHaveLength(40)
    // About 5 kB of markup per step, and an index that lists sessions rather than steps.
    for (const page of sessionPages) expect(size(page)).toBeLessThan(25 * 10_000)
    expect(size('index.html')).toBeLessThan(200_000)
    const markup = files.filter((f) => f.endsWith('index.html')).reduce((sum, f) => sum + size(f), 0)
    const total = files.reduce((sum, f) => sum + size(f), 0)
    expect(result.bytes).toBe(total - size('report.json'))
    expect(markup).toBeLessThan(total / 2)
  })
})

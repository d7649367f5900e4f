import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { tempReportDir, writeTestRun } from '../report/test-run.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

const MINI = join(PROJECT_ROOT, 'data', 'opera-mini')

describe('shopsim report', () => {
  it('writes the report, says where it is, and prints JSON with --json', async () => {
    const root = tempReportDir('cli')
    const runDir = await writeTestRun(join(root, 'run'), { sessions: 2, stepsPerSession: 3 })
    const out = join(root, 'report')
    const io = captureIo()
    expect(await main(['report', runDir, '--out', out, '--bootstrap', '20'], io)).toBe(EXIT.ok)
    expect(io.out()).toMatch(
      /^2 sessions, 6 steps \(6 predicted\), 6 screenshots, [\d.]+ MB\nopen .*index\.html\n$/,
    )
    // Progress is drawn on a terminal only; captured stderr is not one.
    expect(io.err()).toBe('')
    expect(existsSync(join(out, 'index.html'))).toBe(true)

    const again = captureIo()
    const args = ['report', runDir, '--out', out, '--bootstrap', '0', '--reference', MINI, '--json']
    expect(await main(args, again)).toBe(EXIT.ok)
    const json = JSON.parse(again.out()) as {
      sessions: number
      exactMatch: { low?: number }
      distances: object
    }
    expect(json).toMatchObject({ sessions: 2, steps: 6, predictedSteps: 6 })
    expect(json.exactMatch.low).toBeUndefined()
    expect(json.distances).toHaveProperty('actionTypes')
  })

  it('refuses bad arguments with a usage error, and a busy folder with a code and a hint', async () => {
    const root = tempReportDir('cli-bad')
    const runDir = await writeTestRun(join(root, 'run'), { sessions: 1, stepsPerSession: 2 })
    const cases = [
      ['report', runDir],
      ['report', '--out', join(root, 'r')],
      ['report', join(root, 'nope'), '--out', join(root, 'r')],
      ['report', runDir, '--out', join(root, 'r'), '--bootstrap', '-1'],
      ['report', runDir, '--out', join(root, 'r'), '--reference', join(root, 'nope')],
    ]
    for (const argv of cases) {
      const io = captureIo()
      expect(await main(argv, io), argv.join(' ')).toBe(EXIT.usage)
      expect(io.err()).not.toBe('')
    }
    const io = captureIo()
    expect(await main(['report', runDir, '--out', root], io)).toBe(EXIT.failure)
    expect(io.err()).toContain('E_REPORT_OUT')
    expect(io.err()).toContain('hint:')
  })
})

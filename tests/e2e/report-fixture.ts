import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { test } from '@playwright/test'
import { tempReportDir, writeTestRun } from '../../simulator/report/test-run.js'
import { type ReportResult, writeReport } from '../../simulator/report/write-report.js'

/**
 * Writes a report of a small predict run (3 sessions of 4 steps, screenshots and element boxes; session 1
 * predicts a wrong product on step 1) for the specs of one file, and returns a getter for it.
 */
export function useReport(): { report: () => ReportResult; indexUrl: () => string } {
  let current: ReportResult | undefined
  test.beforeAll(async () => {
    const root = tempReportDir('e2e')
    const runDir = await writeTestRun(join(root, 'run'))
    current = await writeReport({ runDir, out: join(root, 'report'), resamples: 100 })
  })
  const report = (): ReportResult => {
    if (!current) throw new Error('the report is written in beforeAll')
    return current
  }
  return { report, indexUrl: () => pathToFileURL(report().index).href }
}

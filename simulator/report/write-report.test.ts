import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { isShopsimError } from '../../traces/errors.js'
import { openRunDir } from '../../traces/store/index.js'
import { createOraclePolicy } from '../agents/oracle.js'
import { predictDataset } from '../predict/index.js'
import { filesUnder, linksOf, readText } from './report-files.js'
import { PAYLOADS, tempReportDir, writeLiveTestRun, writeTestRun } from './test-run.js'
import { writeReport } from './write-report.js'

const MINI = join(PROJECT_ROOT, 'data', 'opera-mini')

/** Every link of the report's pages is relative and lands on a file of the report. */
function expectLinksInside(out: string): void {
  for (const page of filesUnder(out).filter((f) => f.endsWith('index.html'))) {
    for (const link of linksOf(readText(join(out, page)))) {
      if (link.startsWith('#')) continue
      expect(link, page).not.toMatch(/^[a-z]+:|^\/|^\\/i)
      const target = resolve(dirname(join(out, page)), link.split('#')[0] as string)
      expect(target.startsWith(`${out}/`), link).toBe(true)
      expect(existsSync(target), link).toBe(true)
    }
  }
}

describe('writeReport', () => {
  it('writes an index and a page per session with copied screenshots, boxes and sandboxed pages', async () => {
    const root = tempReportDir('basic')
    const runDir = await writeTestRun(join(root, 'run'))
    const out = join(root, 'report')
    const result = await writeReport({ runDir, out, resamples: 50 })
    expect(result).toMatchObject({
      kind: 'predict',
      sessions: 3,
      steps: 12,
      predictedSteps: 12,
      screenshots: 12,
      pages: 12,
    })
    // Session 1 predicts a wrong product on step 1: 11 of 12 steps exact.
    expect(result.exactMatch?.value).toBeCloseTo(11 / 12, 12)

    const files = filesUnder(out)
    expect(files).toContain('index.html')
    expect(files).toContain('report.json')
    expect(files.filter((f) => /^sessions\/[^/]+\/shots\/\d{6}\.jpg$/.test(f))).toHaveLength(12)
    expect(files.filter((f) => /^sessions\/[^/]+\/pages\/\d{6}\.html$/.test(f))).toHaveLength(12)
    expectLinksInside(out)

    const index = readText(join(out, 'index.html'))
    for (const id of ['metrics', 'rewards', 'confusion', 'behaviour', 'sessions'])
      expect(index).toContain(`id="${id}"`)
    expect(index).toMatch(/<svg class="chart"[^>]*aria-label="Metrics with 95% intervals"/)
    expect(index).toContain('aria-label="Action type"')
    expect(index).toContain('aria-label="Click type (gold clicks)"')
    expect(index.match(/<tr data-session=/g)).toHaveLength(3)
    expect(index).toContain('data-verdict="wrong"')

    const wrong = readText(
      join(out, 'sessions', files.find((f) => f.includes('session-0001'))?.split('/')[1] ?? '', 'index.html'),
    )
    const step1 = wrong.slice(wrong.indexOf('id="step-1"'), wrong.indexOf('id="step-2"'))
    expect(step1).toContain('<span class="badge miss">miss</span>')
    expect(step1).toMatch(/<rect class="gold" x="40" y="270"/)
    expect(step1).toMatch(/<rect class="predicted" x="40" y="570"/)
    expect(step1).toContain('<iframe class="page" sandbox="" src="pages/000001.html"')
    expect(step1).toContain('src="shots/000001.jpg"')
    // No screenshot is inlined: the report stays small however many steps it shows.
    expect(wrong).not.toContain('data:image')
  })

  it('escapes dataset text on every page and keeps data-named files inside the report', async () => {
    const root = tempReportDir('payloads')
    const runDir = await writeTestRun(join(root, 'run'), { payloads: true })
    const out = join(root, 'report')
    await writeReport({ runDir, out, resamples: 0 })
    const files = filesUnder(out)
    for (const file of files)
      expect(file).toMatch(/^(index\.html|report\.json|sessions\/[A-Za-z0-9._-]+\/[a-z/0-9.]+)$/)
    expectLinksInside(out)
    const pages = files.filter((f) => f.endsWith('index.html')).map((f) => readText(join(out, f)))
    expect(pages).toHaveLength(4)
    for (const page of pages) {
      for (const payload of Object.values(PAYLOADS)) expect(page).not.toContain(payload)
      expect(page).not.toMatch(/<img src=x|<svg onload|<script>window/i)
    }
    // The escaped text is there to read.
    expect(pages.join('')).toContain(
      '&lt;script&gt;window.__pwned = 1; document.title = &quot;pwned&quot;&lt;/script&gt;',
    )
  })

  it('refuses a folder that holds something else, and replaces an earlier report', async () => {
    const root = tempReportDir('out')
    const runDir = await writeTestRun(join(root, 'run'), { sessions: 2, stepsPerSession: 2 })
    const busy = join(root, 'busy')
    mkdirSync(busy)
    writeFileSync(join(busy, 'notes.txt'), 'mine')
    const refused = await writeReport({ runDir, out: busy }).catch((error: unknown) => error)
    expect(isShopsimError(refused, 'E_REPORT_OUT')).toBe(true)
    expect(
      isShopsimError(await writeReport({ runDir, out: runDir }).catch((e: unknown) => e), 'E_REPORT_OUT'),
    ).toBe(true)

    const out = join(root, 'report')
    await writeReport({ runDir, out, resamples: 0 })
    const stale = join(out, 'sessions', 'gone-000000000000')
    mkdirSync(stale)
    await writeReport({ runDir, out, resamples: 0 })
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(join(out, 'index.html'))).toBe(true)
  })

  it('gives a session that failed before its first step a page too', async () => {
    const root = tempReportDir('empty')
    const runDir = await writeTestRun(join(root, 'run'), { sessions: 1, stepsPerSession: 2 })
    const run = await openRunDir(runDir)
    await run.openSession('broken', { userId: 'user-z', provenance: { source: 'live' } })
    await run.markSessionFailed('broken', new Error('the browser would not start'))
    const out = join(root, 'report')
    const result = await writeReport({ runDir, out, resamples: 0 })
    expect(result).toMatchObject({ sessions: 2, steps: 2 })
    expectLinksInside(out)
    const index = readText(join(out, 'index.html'))
    expect(index).toMatch(/<tr data-session="broken"[^>]*data-outcome="error"[^>]*data-verdict="unscored"/)
  })

  it('shows a live run: outcomes, task rewards, steps per session, and a task filter instead of verdicts', async () => {
    const root = tempReportDir('live')
    const runDir = await writeLiveTestRun(join(root, 'run'))
    const out = join(root, 'report')
    const result = await writeReport({ runDir, out })
    expect(result).toMatchObject({ kind: 'live', sessions: 3, steps: 9, predictedSteps: 0 })
    expect(result.exactMatch).toBeUndefined()
    const index = readText(join(out, 'index.html'))
    expect(index).not.toContain('id="metrics"')
    for (const chart of ['Outcomes', 'Steps per session']) expect(index).toContain(`aria-label="${chart}"`)
    expect(index).toMatch(/aria-label="Task reward \(3 sessions with a task, 2 successful\)"/)
    expect(index).toContain('<select data-filter="task"')
    expect(index).not.toContain('<select data-filter="verdict"')
    expect(index).toContain('the shopper gave up')
  })

  it('shows a predict run of a dataset without screenshots: the page stands in for the picture', async () => {
    const root = tempReportDir('mini')
    const runDir = join(root, 'run')
    await predictDataset({ source: MINI, out: runDir, policy: createOraclePolicy() })
    const out = join(root, 'report')
    const result = await writeReport({ runDir, out, resamples: 20 })
    expect(result).toMatchObject({ sessions: 3, steps: 15, predictedSteps: 15, screenshots: 0, pages: 15 })
    expect(result.exactMatch).toEqual({ value: 1, low: 1, high: 1 })
    expectLinksInside(out)
    const session = filesUnder(out).find(
      (f) => f.endsWith('index.html') && f.startsWith('sessions/'),
    ) as string
    const page = readText(join(out, session))
    expect(page).toContain('No screenshot recorded for this step.')
    expect(page).toMatch(/<iframe class="page" sandbox="" src="pages\/000000\.html"/)
  })
})

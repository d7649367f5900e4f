import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/pool.js'
import { openRunDir } from '../../traces/store/index.js'
import { main } from '../cli/main.js'
import { captureIo } from '../cli/test-io.js'
import type { FidelityReport } from './fidelity-report.js'
import { REPORT_FILE, replayDataset } from './replay-dataset.js'
import { somFilePaths } from './step-files.js'
import { MINI_DATASET, tempDir } from './test-runs.js'

let pool: BrowserPool
beforeAll(() => {
  pool = createBrowserPool()
})
afterAll(async () => {
  await pool.close()
})

describe('shopsim replay on data/opera-mini', () => {
  it('resolves every gold action: 14 resolved and 1 terminate not applicable', async () => {
    const out = join(tempDir('cli'), 'run')
    const io = captureIo()
    // As if stderr were a terminal: progress is drawn only there.
    io.stderr.isTTY = true
    expect(await main(['replay', MINI_DATASET, '--out', out, '--concurrency', '2', '--json'], io)).toBe(0)
    const report = JSON.parse(io.out()) as FidelityReport
    expect(report.steps).toMatchObject({
      steps: 15,
      resolved: 14,
      ambiguous: 0,
      missing: 0,
      notApplicable: 1,
    })
    expect(report.byActionType.terminate).toMatchObject({ steps: 1, notApplicable: 1 })
    expect(report.sessions).toMatchObject({ selected: 3, replayed: 3, failed: 0, fullyGroundable: 3 })
    expect(JSON.parse(await readFile(join(out, REPORT_FILE), 'utf8'))).toEqual(report)
    expect(io.err()).toMatch(/3\/3 sessions, 15 steps/)

    const run = await openRunDir(out)
    expect(run.info.kind).toBe('replay')
    const sessions = await run.listSessions()
    expect(sessions.map((s) => s.status)).toEqual(['done', 'done', 'done'])
    expect(sessions[0]?.provenance).toMatchObject({ source: 'replay', browserVersion: expect.any(String) })
    for (const session of sessions) {
      for (const step of (await run.readSteps(session.id)).steps) {
        expect(step.grounding?.gold).toBeDefined()
        expect((await run.readHtml(step))?.length).toBeGreaterThan(0)
        // The mini dataset has no images: every screenshot is a rendered JPEG.
        expect(step.observation.screenshot).toMatchObject({
          file: expect.stringMatching(/\.jpg$/),
          width: 1280,
        })
        expect((await run.readScreenshot(step))?.byteLength).toBeGreaterThan(1000)
      }
    }
  })

  it('writes set-of-marks side files beside the screenshots with --som', async () => {
    const out = join(tempDir('som'), 'run')
    const { report } = await replayDataset({
      source: MINI_DATASET,
      out,
      pool,
      selection: { limit: 1 },
      render: { som: true },
    })
    expect(report.sessions.selected).toBe(1)
    const run = await openRunDir(out)
    const [session] = await run.listSessions()
    const [step] = (await run.readSteps(session?.id ?? '')).steps
    const paths = somFilePaths(run, step?.sessionId ?? '', step?.index ?? 0)
    const marks = JSON.parse(await readFile(paths.marks, 'utf8'))
    expect(marks.marks.length).toBeGreaterThan(0)
    expect((await readFile(paths.png)).subarray(1, 4).toString()).toBe('PNG')
  })

  it('resumes: a second run skips done sessions, an interrupted one is completed without duplicates', async () => {
    const out = join(tempDir('resume'), 'run')
    const first = await replayDataset({ source: MINI_DATASET, out, pool })
    expect(first.report.sessions.replayed).toBe(3)

    const again = await replayDataset({ source: MINI_DATASET, out, pool })
    expect(again.report.sessions).toMatchObject({ replayed: 0, skipped: 3 })
    expect(again.report.steps).toEqual(first.report.steps)

    // Interrupt the longest session after its first step: cut steps.jsonl mid-line, mark it running.
    const run = await openRunDir(out)
    const sessions = await run.listSessions()
    const longest = sessions[1]?.id ?? ''
    const before = (await run.readSteps(longest)).steps.length
    expect(before).toBeGreaterThan(2)
    const dir = run.sessionDir(longest)
    const lines = (await readFile(join(dir, 'steps.jsonl'), 'utf8')).split('\n')
    await writeFile(join(dir, 'steps.jsonl'), `${lines[0]}\n${lines[1]?.slice(0, 40)}`)
    const stored = JSON.parse(await readFile(join(dir, 'session.json'), 'utf8'))
    await writeFile(join(dir, 'session.json'), JSON.stringify({ ...stored, status: 'running' }))

    const resumed = await replayDataset({ source: MINI_DATASET, out, pool })
    expect(resumed.report.sessions).toMatchObject({ replayed: 1, skipped: 2, fullyGroundable: 3 })
    expect(resumed.report.steps).toEqual(first.report.steps)
    const read = await run.readSteps(longest)
    expect(read.problems).toEqual([])
    expect(read.steps.map((s) => s.index)).toEqual([...Array(before).keys()])
  })
})

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/pool.js'
import { openRunDir } from '../../traces/store/index.js'
import { replayDataset } from './replay-dataset.js'
import { namedPage, tempDir, writeSourceRun } from './test-runs.js'

const pools: BrowserPool[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()))
})
function pool(): BrowserPool {
  const created = createBrowserPool()
  pools.push(created)
  return created
}

describe('replay robustness', () => {
  it('completes on empty, broken and 10 MB pages and counts their warnings', async () => {
    const huge = namedPage(2, `<p>${'lorem ipsum '.repeat(900_000)}</p>`)
    const source = await writeSourceRun({
      bad: [
        { html: '' },
        { html: '<html><body><div name="item_1"><p><a name="x" <<<>>> </table></span>' },
        { html: huge },
        {
          html: namedPage(
            3,
            '<img src="https://example.com/never.png"><iframe src="http://10.255.255.1/"></iframe>',
          ),
        },
      ],
    })
    const out = join(tempDir('robust'), 'run')
    const { report } = await replayDataset({ source, out, pool: pool(), render: { settleTimeoutMs: 1000 } })
    expect(report.sessions).toMatchObject({ selected: 1, replayed: 1, failed: 0 })
    expect(report.steps.steps).toBe(4)
    expect(report.steps.withWarnings).toBeGreaterThanOrEqual(1)
    expect(report.warnings.empty_html).toBe(1)
    expect(report.byActionType.click?.missing).toBeGreaterThanOrEqual(1)
    const run = await openRunDir(out)
    expect((await run.readSteps('bad')).steps).toHaveLength(4)
  })

  it('retries a session whose browser crashed, loses nothing finished and writes nothing twice', async () => {
    const browsers = pool()
    const steps = [0, 1, 2].map((i) => ({ html: namedPage(i) }))
    const source = await writeSourceRun({ a: steps, b: steps, c: steps })
    const out = join(tempDir('crash'), 'run')
    let crashes = 0
    const { report } = await replayDataset({
      source,
      out,
      pool: browsers,
      beforeStep: async ({ sessionId, index, attempt }) => {
        if (sessionId !== 'b' || index !== 1 || attempt !== 1) return
        crashes++
        // Browser.crash kills the whole Chromium process, as an OOM kill or a segfault would.
        const lent = await browsers.newContext()
        const cdp = await lent.context.browser()?.newBrowserCDPSession()
        await cdp?.send('Browser.crash').catch(() => undefined)
        await expect.poll(() => lent.alive()).toBe(false)
      },
    })
    expect(crashes).toBe(1)
    expect(browsers.launches).toBe(2)
    expect(report.sessions).toMatchObject({
      selected: 3,
      replayed: 3,
      retried: 1,
      failed: 0,
      fullyGroundable: 3,
    })
    expect(report.steps).toMatchObject({ steps: 9, resolved: 9 })
    const run = await openRunDir(out)
    for (const id of ['a', 'b', 'c']) {
      const lines = (await readFile(join(run.sessionDir(id), 'steps.jsonl'), 'utf8')).trim().split('\n')
      expect(lines.map((line) => JSON.parse(line).index)).toEqual([0, 1, 2])
      expect((await run.readSession(id))?.status).toBe('done')
    }
  })

  it('fails a session whose browser crashes on the retry too, and finishes the others', async () => {
    const browsers = pool()
    const source = await writeSourceRun({ a: [{ html: namedPage(0) }], b: [{ html: namedPage(0) }] })
    const out = join(tempDir('crash2'), 'run')
    const { report } = await replayDataset({
      source,
      out,
      pool: browsers,
      beforeStep: async ({ sessionId }) => {
        if (sessionId !== 'a') return
        const lent = await browsers.newContext()
        await (await lent.context.browser()?.newBrowserCDPSession())
          ?.send('Browser.crash')
          .catch(() => undefined)
        await expect.poll(() => lent.alive()).toBe(false)
      },
    })
    expect(report.sessions).toMatchObject({
      selected: 2,
      replayed: 1,
      retried: 1,
      failed: 1,
      fullyGroundable: 1,
    })
    expect(report.failures).toEqual([
      { sessionId: 'a', code: 'E_BROWSER_CRASHED', message: expect.any(String) },
    ])
    expect((await (await openRunDir(out)).readSession('a'))?.status).toBe('failed')
  })
})

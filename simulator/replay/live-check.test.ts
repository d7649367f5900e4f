import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/pool.js'
import { openLiveEnvironment } from '../../environments/live.js'
import { type Store, startStore } from '../../environments/store/index.js'
import type { Action, Element } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { main } from '../cli/main.js'
import { captureIo } from '../cli/test-io.js'
import { replayLiveCheck } from './live-check.js'
import { tempDir } from './test-runs.js'

const SEED = 3
let pool: BrowserPool
let store: Store

beforeAll(async () => {
  pool = createBrowserPool()
  store = await startStore({ seed: SEED })
})
afterAll(async () => {
  await pool.close()
  await store.close()
})

function pick(elements: readonly Element[] | undefined, test: (e: Element) => boolean): string {
  const found = elements?.find((e) => e.visible && test(e))
  if (found === undefined) throw new Error('the store page lacks the element this test needs')
  return found.name
}

/** Records a short live session by hand (live recording is a later issue): search, open a product, stop. */
async function recordLiveRun(rename?: (name: string) => string): Promise<string> {
  const dir = join(tempDir('live'), 'run')
  const run = await openRunDir(dir, { create: true, kind: 'live', durable: false, meta: { seed: SEED } })
  const sessionId = 'live-1'
  await run.openSession(sessionId, {
    userId: 'agent',
    provenance: { source: 'live', environment: 'store', seed: SEED },
  })
  const env = await openLiveEnvironment({ pool, allowlist: [store.url] })
  try {
    await env.reset(`${store.url}/s?k=tent`)
    const choose: ((elements: readonly Element[] | undefined) => Action)[] = [
      (elements) => ({ type: 'click', name: pick(elements, (e) => e.clickType === 'product_link') }),
      () => ({ type: 'terminate' }),
    ]
    for (const [index, decide] of choose.entries()) {
      const seen = await env.observe()
      const action = decide(seen.observation.elements)
      const recorded = rename && action.type === 'click' ? { ...action, name: rename(action.name) } : action
      await run.appendStep(sessionId, {
        sessionId,
        actionId: `${index}`,
        index,
        action: recorded,
        observation: seen.observation,
        errors: [],
      })
      if (action.type !== 'terminate') await env.act(action)
    }
  } finally {
    await env.close()
  }
  await run.markSessionDone(sessionId, { outcome: 'terminate' })
  return dir
}

describe('replayLiveCheck', () => {
  it('finds every recorded action target and element name again on a re-execution', async () => {
    const report = await replayLiveCheck(await recordLiveRun(), { pool, store })
    expect(report.targets).toEqual({ found: 1, total: 1 })
    expect(report.steps).toBe(2)
    expect(report.meanNameFraction).toBe(1)
    expect(report.sessions[0]?.steps[0]?.act).toBe('ok')
    expect(report.sessions[0]?.steps[1]?.url).toMatch(/\/dp\//)
  })

  it('reports a target whose recorded name is not on the page as missing', async () => {
    const report = await replayLiveCheck(await recordLiveRun((name) => `${name}_changed`), { pool, store })
    expect(report.targets).toEqual({ found: 0, total: 1 })
    expect(report.sessions[0]?.steps[0]?.target).toMatchObject({ present: false })
  })

  it('runs as shopsim replay <run> --check-live, starting the store with the recorded seed', async () => {
    const io = captureIo()
    expect(await main(['replay', await recordLiveRun(), '--check-live', '--json'], io)).toBe(0)
    expect(JSON.parse(io.out()).targets).toEqual({ found: 1, total: 1 })
  })
})

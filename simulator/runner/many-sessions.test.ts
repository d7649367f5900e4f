import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/index.js'
import { type Store, startStore } from '../../environments/store/index.js'
import type { Persona } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { createHeuristicPolicy } from '../agents/heuristic/index.js'
import { runLive } from './run-live.js'

let store: Store
let pool: BrowserPool
beforeAll(async () => {
  store = await startStore({ seed: 4, catalogSize: 200 })
  pool = createBrowserPool()
})
afterAll(async () => {
  await pool.close()
  await store.close()
})

const persona: Persona = { userId: 'many', demographics: {}, shopping: {}, likert: {}, bigFive: {} }

// Opt-in (SHOPSIM_SCALE_TESTS=1): 50 Chromium contexts at once. On the shared development machine, under other
// sessions' load, Chromium was killed mid-run; it has not yet been seen to pass here, so it stays out of CI.
describe.runIf(process.env.SHOPSIM_SCALE_TESTS === '1')('runLive at scale', () => {
  it('completes 50 concurrent sessions on one Chromium (a context each)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'shopsim-run-many-')), 'run')
    // Three steps each keeps the test short; the point is 50 contexts alive at once.
    const result = await runLive({
      out,
      pool,
      policy: createHeuristicPolicy({ maxSteps: 3 }),
      personas: [persona],
      sessions: 50,
      store,
      concurrency: 50,
      maxSteps: 3,
      actionTimeoutMs: 30_000,
    })
    expect(result.ranNow).toBe(50)
    expect(result.outcomes.error).toBe(0)
    const sessions = await (await openRunDir(out)).listSessions()
    expect(sessions).toHaveLength(50)
    expect(sessions.every((s) => s.status === 'done')).toBe(true)
    expect(result.steps).toBeGreaterThanOrEqual(100)
  }, 240_000)
})

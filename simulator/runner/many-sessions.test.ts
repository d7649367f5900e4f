import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/index.js'
import { type Store, startStore } from '../../environments/store/index.js'
import type { Persona } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { createHeuristicPolicy } from '../agents/heuristic/index.js'
import type { Policy } from '../agents/policy.js'
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

/** The pool, counting how many contexts are open at once. */
function countingPool(inner: BrowserPool) {
  const counts = { open: 0, peak: 0 }
  const counted: BrowserPool = {
    get launches() {
      return inner.launches
    },
    version: () => inner.version(),
    close: () => inner.close(),
    async newContext(options) {
      const lent = await inner.newContext(options)
      counts.open++
      counts.peak = Math.max(counts.peak, counts.open)
      return {
        ...lent,
        async close() {
          counts.open--
          await lent.close()
        },
      }
    },
  }
  return { pool: counted, counts }
}

/**
 * A shopper whose first decision waits until every session has asked for one, as model calls in flight would:
 * so all sessions hold an open page at once, whatever the machine's speed.
 */
function gatheringPolicy(inner: Policy, sessions: number): Policy {
  let asked = 0
  let everyoneAsked: () => void = () => undefined
  const gathered = new Promise<void>((resolve) => {
    everyoneAsked = resolve
  })
  return {
    ...inner,
    async decide(context) {
      if (context.stepIndex === 0 && ++asked === sessions) everyoneAsked()
      if (context.stepIndex === 0) await gathered
      return inner.decide(context)
    },
  }
}

describe('runLive at scale', () => {
  it('runs 50 sessions at once on one Chromium (a context each) with no error', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'shopsim-run-many-')), 'run')
    const { pool: counted, counts } = countingPool(pool)
    // Each session searches, then terminates: one real page load per session keeps the test short; the point
    // is 50 contexts open at once, queueing for the two cores without timing each other out.
    const result = await runLive({
      out,
      pool: counted,
      policy: gatheringPolicy(createHeuristicPolicy({ maxSteps: 2 }), 50),
      personas: [persona],
      sessions: 50,
      store,
      concurrency: 50,
      maxSteps: 2,
    })
    expect(counts.peak).toBe(50)
    expect(result.ranNow).toBe(50)
    expect(result.outcomes).toMatchObject({ terminate: 50, error: 0 })
    expect(result.steps).toBe(100)
    const sessions = await (await openRunDir(out)).listSessions()
    expect(sessions.filter((s) => s.status === 'done')).toHaveLength(50)
  }, 400_000)
})

import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/index.js'
import { type Store, startStore } from '../../environments/store/index.js'
import { ShopsimError } from '../../traces/errors.js'
import type { Persona } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { createHeuristicPolicy } from '../agents/heuristic/index.js'
import type { DecisionContext, Policy } from '../agents/policy.js'
import { generateTasks } from '../tasks/index.js'
import { runLive } from './run-live.js'

let store: Store
let pool: BrowserPool
beforeAll(async () => {
  store = await startStore({ seed: 3, catalogSize: 300 })
  pool = createBrowserPool()
})
afterAll(async () => {
  await pool.close()
  await store.close()
})

const out = (label: string) => join(mkdtempSync(join(tmpdir(), `shopsim-run-${label}-`)), 'run')
const personas: Persona[] = ['a', 'b'].map((id) => ({
  userId: `test-${id}`,
  demographics: {},
  shopping: {},
  likert: { shopsQuickly: { answer: 'Strongly agree', score: 5 } },
  bigFive: {},
}))

/** The heuristic shopper with a hook that runs before each decision (to break things mid-run). */
function hooked(hook: (context: DecisionContext) => Promise<void> | void): Policy {
  const inner = createHeuristicPolicy({ maxSteps: 12 })
  return {
    name: 'heuristic',
    decide: async (context) => {
      await hook(context)
      return inner.decide(context)
    },
  }
}

async function sessionsOf(dir: string) {
  const run = await openRunDir(dir)
  const sessions = await run.listSessions()
  return Promise.all(
    sessions.map(async (s) => ({
      ...s,
      steps: (await run.readSteps(s.id)).steps,
      dir: run.sessionDir(s.id),
    })),
  )
}

describe('runLive on the embedded store', () => {
  it('records every step of persona shoppers with their pages, and a re-run repeats nothing', async () => {
    const dir = out('basic')
    const tasks = generateTasks(store.catalog, { count: 3, seed: 1 })
    const options = {
      out: dir,
      pool,
      policy: createHeuristicPolicy({ maxSteps: 12 }),
      personas,
      tasks,
      sessions: 3,
      store,
      concurrency: 2,
      maxSteps: 12,
    }
    const first = await runLive(options)
    expect(first.ranNow).toBe(3)
    const sessions = await sessionsOf(dir)
    expect(sessions.map((s) => s.userId)).toEqual(['test-a', 'test-b', 'test-a'])
    for (const session of sessions) {
      expect(session.status).toBe('done')
      expect(session.task?.id).toBeDefined()
      expect(session.taskResult).toBeDefined()
      expect(session.endReason).toBeDefined()
      expect(session.steps.length).toBeGreaterThan(0)
      expect(session.steps.map((s) => s.index)).toEqual(session.steps.map((_, i) => i))
      for (const step of session.steps) {
        expect(step.observation.htmlFile).toBeDefined()
        expect(step.observation.screenshot?.file).toBeDefined()
        expect(step.observation.elements?.length).toBeGreaterThan(0)
        expect(step.prediction?.policy).toBe('heuristic')
        expect(step.timings?.observeMs).toBeGreaterThanOrEqual(0)
        if (step.action.type === 'click' || step.action.type === 'input') {
          // The name acted on was on the page the step observed.
          const html = await readFile(join(dir, step.observation.htmlFile ?? ''), 'utf8')
          expect(html).toContain(`name="${step.action.name}"`)
        }
        if (step.action.type === 'click') expect(step.clickType).toBeDefined()
      }
    }
    // OPeRA's rule: a purchase session's last action is a purchase click (place order / buy now).
    for (const session of sessions.filter((s) => s.outcome === 'purchase'))
      expect(session.steps.at(-1)?.clickType).toBe('purchase')
    expect(first.outcomes.purchase + first.outcomes.terminate + first.outcomes.incomplete).toBe(3)

    const lines = async () =>
      Promise.all(
        sessions.map(
          async (s) => (await readFile(join(s.dir, 'steps.jsonl'), 'utf8')).trim().split('\n').length,
        ),
      )
    const before = await lines()
    const second = await runLive(options)
    expect(second.ranNow).toBe(0)
    expect(await lines()).toEqual(before)
  })

  it('ends a session whose policy fails with an error outcome, and the run goes on', async () => {
    const dir = out('policy-error')
    const policy = hooked(({ sessionId, stepIndex }) => {
      if (sessionId === 'live-0001' && stepIndex === 2)
        throw new ShopsimError('E_MODEL_UNAVAILABLE', 'model down')
    })
    const result = await runLive({
      out: dir,
      pool,
      policy,
      personas,
      sessions: 3,
      store,
      concurrency: 3,
      maxSteps: 6,
    })
    const sessions = await sessionsOf(dir)
    const failed = sessions.find((s) => s.id === 'live-0001')
    expect(failed?.outcome).toBe('error')
    expect(failed?.endReason).toContain('E_MODEL_UNAVAILABLE')
    expect(failed?.steps).toHaveLength(2)
    expect(result.outcomes.error).toBe(1)
    expect(sessions.filter((s) => s.outcome !== 'error')).toHaveLength(2)
  })

  it('ends a session whose start page never loads with an error, without hanging', async () => {
    const silent: Server = createServer(() => undefined) // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`
    try {
      const dir = out('no-load')
      const result = await runLive({
        out: dir,
        pool,
        policy: createHeuristicPolicy(),
        personas,
        sessions: 2,
        startUrl: url,
        concurrency: 2,
        actionTimeoutMs: 300,
      })
      expect(result.outcomes.error).toBe(2)
      for (const session of await sessionsOf(dir)) {
        expect(session.status).toBe('done')
        expect(session.endReason).toMatch(/start page did not load: timeout/)
      }
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
  })

  it('loses no finished step when Chromium is killed mid-run; later sessions get a new browser', async () => {
    const browsers = createBrowserPool()
    let crashed = false
    // A shopper that always clicks the first visible named element: it uses the browser at every step.
    const clicker: Policy = {
      name: 'clicker',
      decide: async ({ sessionId, stepIndex, observation }) => {
        if (!crashed && sessionId === 'live-0000' && stepIndex === 1) {
          crashed = true
          const lent = await browsers.newContext()
          const cdp = await lent.context.browser()?.newBrowserCDPSession()
          await cdp?.send('Browser.crash').catch(() => undefined)
          await expect.poll(() => lent.alive()).toBe(false)
        }
        const name = observation.elements?.find((e) => e.visible)?.name ?? ''
        const action = stepIndex >= 3 ? { type: 'terminate' as const } : { type: 'click' as const, name }
        return { policy: 'clicker', raw: JSON.stringify({ rationale: '', action }), action }
      },
    }
    try {
      const dir = out('crash')
      const result = await runLive({
        out: dir,
        pool: browsers,
        policy: clicker,
        personas,
        sessions: 2,
        store,
      })
      const sessions = await sessionsOf(dir)
      const hit = sessions.find((s) => s.id === 'live-0000')
      expect(hit?.outcome).toBe('error')
      // Step 0 finished before the crash; step 1 (whose click met the dead browser) is recorded with its failure.
      expect(hit?.steps.map((s) => s.index)).toEqual([0, 1])
      const next = sessions.find((s) => s.id === 'live-0001')
      expect(next?.outcome).toBe('terminate')
      expect(next?.steps).toHaveLength(4)
      expect(browsers.launches).toBe(2)
      expect(result.ranNow).toBe(2)
    } finally {
      await browsers.close()
    }
  })

  it('turns a store that goes away mid-run into errors, not a hang', async () => {
    const own = await startStore({ seed: 3, catalogSize: 300 })
    let stopped = false
    const policy = hooked(async ({ stepIndex }) => {
      if (stepIndex === 2 && !stopped) {
        stopped = true
        await own.close()
      }
    })
    const dir = out('store-gone')
    const result = await runLive({
      out: dir,
      pool,
      policy,
      personas,
      sessions: 3,
      store: own,
      concurrency: 1,
      maxSteps: 8,
      actionTimeoutMs: 1000,
    })
    expect(result.ranNow).toBe(3)
    const sessions = await sessionsOf(dir)
    expect(sessions.every((s) => s.status === 'done')).toBe(true)
    // The session in flight ends however its shopper copes (acts fail, it gives up); the ones after could not
    // even load their start page.
    expect(sessions.at(-1)?.outcome).toBe('error')
    expect(sessions.at(-1)?.endReason).toMatch(/ERR_CONNECTION_REFUSED|did not load/)
    expect(sessions.reduce((n, s) => n + s.steps.length, 0)).toBeGreaterThanOrEqual(2)
  })
})

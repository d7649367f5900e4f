import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/index.js'
import { type Store, startStore } from '../../environments/store/index.js'
import {
  FILTERED_ACTION_COLUMNS,
  FULL_ACTION_COLUMNS,
  type OperaDataset,
  openOperaDataset,
  SESSION_COLUMNS,
  USER_COLUMNS,
} from '../../traces/opera/index.js'
import type { Session, Step } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { createHeuristicPolicy } from '../agents/heuristic/index.js'
import { generatePersonas } from '../personas/index.js'
import { replayDataset } from '../replay/index.js'
import { runLive } from '../runner/index.js'
import { generateTasks } from '../tasks/index.js'
import { readConvertedSessions } from './converted-sessions.js'
import { type RunToOperaResult, runToOpera } from './run-to-opera.js'

const ORIGIN = 'https://store.shopsim.example'
const temp = (label: string) => mkdtempSync(join(tmpdir(), `shopsim-convert-${label}-`))

let store: Store
let pool: BrowserPool
let runDir: string
let out: string
let converted: RunToOperaResult
let dataset: OperaDataset
const sessions: Session[] = []
const steps = (): Step[] => sessions.flatMap((session) => session.steps)

beforeAll(async () => {
  store = await startStore({ seed: 3, catalogSize: 300 })
  pool = createBrowserPool()
  runDir = join(temp('run'), 'run')
  await runLive({
    out: runDir,
    pool,
    policy: createHeuristicPolicy({ maxSteps: 12 }),
    personas: generatePersonas(3, 4),
    tasks: generateTasks(store.catalog, { count: 3, seed: 2 }),
    sessions: 3,
    store,
    concurrency: 2,
    maxSteps: 12,
  })
  out = temp('dataset')
  converted = await runToOpera(runDir, { out, origin: ORIGIN, screenshots: { quality: 25 } })
  dataset = await openOperaDataset(out)
  for await (const session of dataset.sessions()) sessions.push(session)
  // A real run in Chromium: ~15 s on an idle machine, several times that when the cores are shared.
}, 240_000)

afterAll(async () => {
  await pool.close()
  await store.close()
})

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)]
    })
}

async function duckdbRows(sql: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  try {
    const result = await connection.runAndReadAll(sql)
    return { columns: result.columnNames(), rows: result.getRows() as unknown[][] }
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

describe('runToOpera on a live run of the store', () => {
  it('writes a dataset our reader loads without a problem, one OPeRA session per run session', async () => {
    expect(dataset.report.toJSON()).toEqual({ total: 0, counts: {}, issues: [] })
    const run = await openRunDir(runDir)
    const runSessions = await run.listSessions()
    expect(sessions).toHaveLength(runSessions.length)
    expect(converted.sessions.map((s) => s.runSessionId)).toEqual(runSessions.map((s) => s.id))
    for (const session of sessions) {
      expect(session.id).toMatch(
        new RegExp(
          `^${session.userId}_\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z_\\d{4}-.+\\.\\d{6}Z$`,
        ),
      )
      expect(session.split).toBe('train')
    }
  })

  it('lists every user with a persona in the survey shape', () => {
    expect([...dataset.users.keys()].sort()).toEqual(
      generatePersonas(3, 4)
        .map((p) => p.userId)
        .sort(),
    )
    for (const persona of dataset.users.values()) {
      expect(persona.selfDescription).toMatch(/^Synthetic shopper/)
      expect(Object.keys(persona.likert)).toHaveLength(12)
      expect(persona.survey?.['Shopping Preference']).toBeDefined()
    }
  })

  it('fills each column as OPeRA does: ids, click types, window size, masked URLs, element_meta and mouse position', () => {
    for (const step of steps()) {
      expect(step.actionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(step.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
      expect(step.observation.viewport).toEqual({ width: 1280, height: 800 })
      expect(step.observation.url?.startsWith(`${ORIGIN}/`)).toBe(true)
      expect(step.observation.url).not.toMatch(/\?(?!URL_MASKED)/)
      expect(step.observation.html).toMatch(/^<html><head><\/head><body>/)
      expect(step.observation.pageMeta).toBeDefined()
      expect(JSON.stringify(step.observation.pageMeta)).not.toContain('127.0.0.1')
      if (step.action.type === 'click') expect(step.clickType).toBeDefined()
      if (step.action.type !== 'terminate') {
        expect(step.mousePosition).toBeDefined()
        const { clientX, clientY } = step.mousePosition ?? {}
        if (clientX !== undefined) expect(clientX >= 0 && clientX < 1280 && (clientY ?? -1) >= 0).toBe(true)
      }
    }
    const clicks = steps().filter((step) => step.action.type === 'click')
    expect(clicks.filter((step) => step.mousePosition?.clientX !== undefined).length).toBeGreaterThan(0)
  })

  it('has a screenshot in the image table for every step', async () => {
    for (const step of steps()) {
      const name = step.observation.screenshot?.name
      expect(name).toMatch(/^\d{6}\.jpg$/)
      expect(dataset.hasImage(name ?? '')).toBe(true)
    }
    const first = await dataset.image(steps()[0]?.observation.screenshot?.name ?? '')
    expect([...(first ?? []).slice(0, 3)]).toEqual([0xff, 0xd8, 0xff])
  })

  it('ends every session as filtered OPeRA does: in a purchase click, or in a terminate row', () => {
    for (const session of sessions) {
      const last = session.steps.at(-1)
      const purchase = last?.action.type === 'click' && last.clickType === 'purchase'
      expect(purchase || last?.action.type === 'terminate', session.id).toBe(true)
      expect(session.outcome).toBe(purchase ? 'purchase' : 'terminate')
    }
  })

  it('gives purchase clicks their products in OPeRA shape', () => {
    const purchases = steps().filter((step) => step.clickType === 'purchase')
    expect(purchases.length).toBeGreaterThan(0)
    for (const step of purchases) {
      expect(step.products?.length, step.action.type === 'click' ? step.action.name : '').toBeGreaterThan(0)
      for (const product of step.products ?? []) {
        expect(product.asin).toMatch(/^B0[0-9A-Z]{8}$/)
        expect(product.price).toMatch(/^\$\d+\.\d\d$/)
        expect(product.quantity).toBeGreaterThanOrEqual(1)
        expect(Array.isArray(product.options)).toBe(true)
      }
    }
    expect(steps().filter((step) => step.clickType !== 'purchase' && step.products !== undefined)).toEqual([])
  })

  it('keeps each session traceable to its run session, task and end reason', async () => {
    const lines = await readConvertedSessions(out)
    expect(lines).toEqual(converted.sessions)
    expect(lines.map((line) => line.sessionId)).toEqual(sessions.map((session) => session.id))
    for (const line of lines) {
      expect(line.task?.variant).toBeDefined()
      expect(line.endReason).toBeDefined()
      expect(line.actions).toBe(sessions.find((s) => s.id === line.sessionId)?.steps.length)
    }
  })

  it('is read the same by DuckDB, with every OPeRA column of every table', async () => {
    const root = join(out, 'OPeRA_filtered')
    const actions = await duckdbRows(
      `SELECT session_id, action_type, image FROM read_parquet('${root}/action/*.parquet') ORDER BY session_id, timestamp`,
    )
    expect(actions.rows).toHaveLength(steps().length)
    expect(new Set(actions.rows.map((row) => row[0]))).toEqual(new Set(sessions.map((s) => s.id)))
    const columns = async (glob: string) =>
      (await duckdbRows(`SELECT * FROM read_parquet('${root}/${glob}') LIMIT 0`)).columns
    expect(await columns('action/*.parquet')).toEqual([...FILTERED_ACTION_COLUMNS])
    expect(await columns('session/train/train.parquet')).toEqual([...SESSION_COLUMNS])
    expect(await columns('user/train/train.parquet')).toEqual([...USER_COLUMNS])
    expect(await columns('images/*.parquet')).toEqual(['image', 'image_name'])
    const counts = await duckdbRows(
      `SELECT sum(action_count) FROM read_parquet('${root}/session/train/train.parquet')`,
    )
    expect(Number(counts.rows[0]?.[0])).toBe(steps().length)
  })

  it('replays with at least 99% of its actions grounded', { timeout: 120_000 }, async () => {
    const { report } = await replayDataset({
      source: out,
      out: join(temp('replay'), 'run'),
      pool,
      concurrency: 2,
    })
    expect(report.sessions.failed).toBe(0)
    const { steps: counted, resolved, ambiguous, notApplicable } = report.steps
    expect(counted).toBe(steps().length)
    expect((resolved + ambiguous) / (counted - notApplicable)).toBeGreaterThanOrEqual(0.99)
  })

  it('converts the same run to the same bytes, and to the full version without closing terminates', async () => {
    const again = temp('again')
    await runToOpera(runDir, { out: again, origin: ORIGIN, screenshots: { quality: 25 } })
    expect(filesUnder(again)).toEqual(filesUnder(out))
    for (const file of filesUnder(out)) {
      if (file === 'README.md') continue
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true)
    }
    const full = temp('full')
    const result = await runToOpera(runDir, { out: full, version: 'full' })
    expect(result.sessions.every((s) => !s.closingTerminate)).toBe(true)
    const { columns } = await duckdbRows(
      `SELECT * FROM read_parquet('${join(full, 'OPeRA_full', 'action', '*.parquet')}') LIMIT 0`,
    )
    expect(columns).toEqual([...FULL_ACTION_COLUMNS])
    const recorded = (await openRunDir(runDir)).listSessions()
    const totalSteps = await Promise.all(
      (await recorded).map(async (s) => (await (await openRunDir(runDir)).readSteps(s.id)).steps.length),
    )
    expect(result.sessions.reduce((n, s) => n + s.actions, 0)).toBe(totalSteps.reduce((a, b) => a + b, 0))
  })
})

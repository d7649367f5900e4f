import { load } from 'cheerio'
import type { BrowserPool } from '../../environments/browser/pool.js'
import { openLiveEnvironment } from '../../environments/live.js'
import { DEFAULT_STORE_SEED, type Store } from '../../environments/store/index.js'
import { ShopsimError } from '../../traces/errors.js'
import type { Action, Step } from '../../traces/schema/index.js'
import { openRunDir, type RunDir } from '../../traces/store/index.js'

export interface LiveCheckOptions {
  pool: BrowserPool
  /** A running store, or the URL of one; the recorded URLs' origin is replaced by this one. */
  store?: Pick<Store, 'url'>
  storeUrl?: string
  /** Only these sessions (default: every session of the run). */
  sessions?: ReadonlySet<string>
  /** Recorded names listed as missing per step, at most (default 20). */
  maxMissingListed?: number
}

export interface LiveCheckStep {
  index: number
  /** The page the re-execution was on when this step's observation was compared. */
  url: string
  /** The element the recorded action targets, when it has one. */
  target?: { name: string; present: boolean }
  recordedNames: number
  presentNames: number
  /** presentNames / recordedNames (1 when nothing was recorded). */
  fraction: number
  missing: string[]
  /** What happened when the recorded action was re-executed (absent for terminate). */
  act?: string
}

export interface LiveCheckSession {
  sessionId: string
  steps: LiveCheckStep[]
  targetsFound: number
  targetsTotal: number
  /** Set when the re-execution could not start (e.g. no recorded URL). */
  error?: { code: string; message: string }
}

export interface LiveCheckReport {
  storeUrl: string
  sessions: LiveCheckSession[]
  steps: number
  targets: { found: number; total: number }
  /** Mean over steps of the fraction of recorded names found again. */
  meanNameFraction: number
}

/** The seed the run's store was started with: session provenance, then run.json meta, then the default. */
export async function recordedStoreSeed(run: RunDir): Promise<number> {
  for (const session of await run.listSessions()) {
    if (session.provenance.seed !== undefined) return session.provenance.seed
  }
  const seed = run.info.meta.seed ?? run.info.options.seed
  return typeof seed === 'number' ? seed : DEFAULT_STORE_SEED
}

function targetOf(action: Action): string | undefined {
  return action.type === 'click' || action.type === 'input' ? action.name : undefined
}

/** The names a step recorded: its element table, else the `name` attributes of its HTML. */
async function recordedNames(run: RunDir, step: Step): Promise<string[]> {
  if (step.observation.elements !== undefined) return step.observation.elements.map((e) => e.name)
  const html = await run.readHtml(step)
  if (html === undefined) return []
  const $ = load(html)
  return $('[name]')
    .toArray()
    .map((el) => $(el).attr('name') ?? '')
    .filter((name) => name !== '')
}

function rebase(recordedUrl: string, storeUrl: string): string {
  const recorded = new URL(recordedUrl)
  return new URL(`${recorded.pathname}${recorded.search}${recorded.hash}`, storeUrl).toString()
}

/**
 * Re-executes each recorded session's actions against the store, from its first step's URL, and says
 * per step whether the recorded element names are there again: the determinism check of live runs.
 */
export async function replayLiveCheck(runDir: string, options: LiveCheckOptions): Promise<LiveCheckReport> {
  const storeUrl = options.store?.url ?? options.storeUrl
  if (storeUrl === undefined) {
    throw new ShopsimError('E_USAGE', 'replayLiveCheck needs a store or a storeUrl', 'Pass one of them.')
  }
  const run = await openRunDir(runDir)
  const sessions: LiveCheckSession[] = []
  for (const stored of await run.listSessions()) {
    if (options.sessions !== undefined && !options.sessions.has(stored.id)) continue
    const { steps } = await run.readSteps(stored.id)
    sessions.push(await checkSession(run, stored.id, steps, storeUrl, options))
  }
  const all = sessions.flatMap((s) => s.steps)
  return {
    storeUrl,
    sessions,
    steps: all.length,
    targets: {
      found: sessions.reduce((n, s) => n + s.targetsFound, 0),
      total: sessions.reduce((n, s) => n + s.targetsTotal, 0),
    },
    meanNameFraction: all.length === 0 ? 1 : all.reduce((n, s) => n + s.fraction, 0) / all.length,
  }
}

async function checkSession(
  run: RunDir,
  sessionId: string,
  steps: Step[],
  storeUrl: string,
  options: LiveCheckOptions,
): Promise<LiveCheckSession> {
  const result: LiveCheckSession = { sessionId, steps: [], targetsFound: 0, targetsTotal: 0 }
  const firstUrl = steps[0]?.observation.url
  if (firstUrl === undefined) {
    result.error = { code: 'E_LIVE_CHECK', message: 'the first step has no recorded URL' }
    return result
  }
  const env = await openLiveEnvironment({ pool: options.pool, allowlist: [new URL(storeUrl).origin] })
  try {
    const start = await env.reset(rebase(firstUrl, storeUrl))
    if (start.kind !== 'ok') {
      result.error = { code: 'E_LIVE_CHECK', message: `the first page did not load: ${start.kind}` }
      return result
    }
    for (const step of steps) {
      const seen = await env.observe()
      const present = new Set((seen.observation.elements ?? []).map((e) => e.name))
      const names = [...new Set(await recordedNames(run, step))]
      const missing = names.filter((name) => !present.has(name))
      const targetName = targetOf(step.action)
      const checked: LiveCheckStep = {
        index: step.index,
        url: seen.observation.url ?? '',
        recordedNames: names.length,
        presentNames: names.length - missing.length,
        fraction: names.length === 0 ? 1 : (names.length - missing.length) / names.length,
        missing: missing.slice(0, options.maxMissingListed ?? 20),
      }
      if (targetName !== undefined) {
        const found = present.has(targetName)
        checked.target = { name: targetName, present: found }
        result.targetsTotal++
        if (found) result.targetsFound++
      }
      if (step.action.type !== 'terminate') checked.act = (await env.act(step.action)).kind
      result.steps.push(checked)
    }
  } finally {
    await env.close()
  }
  return result
}

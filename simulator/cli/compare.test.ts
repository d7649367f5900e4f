import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StepInput } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'
import type { BehaviourComparison } from '../compare/index.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

const MINI = 'data/opera-mini'

async function compare(args: string[]) {
  const io = captureIo()
  const code = await main(['compare', ...args], io)
  return { code, out: io.out(), err: io.err() }
}

/** A small run directory: one purchase, one terminate and one session still running. */
async function makeRun(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'shopsim-compare-')), 'run')
  const run = await openRunDir(dir, { create: true, kind: 'live', durable: false })
  const step = (sessionId: string, index: number, action: StepInput['action']): StepInput => ({
    sessionId,
    actionId: `${sessionId}-${index}`,
    index,
    action,
    observation: { url: 'http://127.0.0.1/' },
    errors: [],
  })
  const fields = { userId: 'u1', provenance: { source: 'live' as const, environment: 'store' } }
  const sessions = {
    bought: [
      { type: 'input', name: 'nav_bar.search_input', text: 'mug' },
      { type: 'click', name: 'search_results.mug.product_name' },
      { type: 'click', name: 'buybox.one_time_purchase.purchase_form.add_to_cart' },
    ],
    left: [
      { type: 'input', name: 'nav_bar.search_input', text: 'lamp' },
      { type: 'click', name: 'pagination.2' },
      { type: 'terminate' },
    ],
    running: [{ type: 'click', name: 'nav_bar.homepage' }],
  } as const satisfies Record<string, StepInput['action'][]>
  for (const [id, actions] of Object.entries(sessions)) {
    await run.openSession(id, fields)
    for (const [i, action] of actions.entries()) await run.appendStep(id, step(id, i, action))
    if (id !== 'running')
      await run.markSessionDone(id, { outcome: id === 'bought' ? 'purchase' : 'terminate' })
  }
  return dir
}

describe('shopsim compare', () => {
  it('prints a dataset against itself side by side, every distance 0', async () => {
    const { code, out, err } = await compare([MINI, '--reference', MINI])
    expect(err).toBe('')
    expect(code).toBe(EXIT.ok)
    expect(out).toMatch(/^opera-mini: dataset .*opera-mini \(3 sessions, 15 steps\)$/m)
    expect(out).toMatch(/^ {2}action type +opera-mini +opera-mini \(reference\)$/m)
    expect(out).toMatch(/^ {2}click +86\.7% +86\.7%/m)
    expect(out).toMatch(/^ {2}product_option +61\.5% +61\.5%/m)
    expect(out).toMatch(/^ {2}purchase rate +33\.3% +33\.3%/m)
    expect(out.match(/JS distance(?: of the histogram)?: 0\.000/g)).toHaveLength(3)
  })

  it('--json gives the same comparison as data, with distances of exactly 0', async () => {
    const { code, out } = await compare([MINI, '--reference', MINI, '--json'])
    expect(code).toBe(EXIT.ok)
    const result = JSON.parse(out) as BehaviourComparison
    expect(result.subject.sessions).toBe(3)
    expect(result.subject.actionTypes).toEqual({ click: 13, input: 1, terminate: 1 })
    for (const d of [result.actionTypes, result.clickTypes, result.stepsHistogram]) expect(d.distance).toBe(0)
  })

  it("compares with OPeRA's published figures by default and says where they come from", async () => {
    const { code, out } = await compare([MINI])
    expect(code).toBe(EXIT.ok)
    expect(out).toMatch(/^OPeRA published: NEU-HAI\/OPeRA \(arXiv 2506\.05606\), filtered version/m)
    expect(out).toMatch(/^ {2}review +0\.0% +20\.8%/m)
    expect(out).toMatch(/^ {2}\(unpublished types\) +23\.1% +30\.7%/m)
    expect(out).toMatch(/^ {2}purchase rate +33\.3% +60\.0%\*/m)
    expect(out).toMatch(/^ {2}steps per session +n\/a$/m)
    expect(out).toContain('* purchase rate: derived, not published')
    const json = JSON.parse((await compare([MINI, '--json'])).out) as BehaviourComparison
    expect(json.reference.kind).toBe('published')
    expect(json.actionTypes.distance).toBeGreaterThan(0)
    expect(json.stepsHistogram.distance).toBeNull()
  })

  it("reads a run directory's steps and leaves its unfinished sessions out", async () => {
    const dir = await makeRun()
    const { code, out } = await compare([dir, '--reference', MINI, '--json'])
    expect(code).toBe(EXIT.ok)
    const { subject } = JSON.parse(out) as BehaviourComparison
    expect(subject).toMatchObject({ kind: 'run', sessions: 2, steps: 6, purchaseRate: 0.5 })
    expect(subject.actionTypes).toEqual({ input: 2, click: 3, terminate: 1 })
    expect(subject.clickTypes).toEqual({ product_link: 1, purchase: 1, page_related: 1 })
    expect(subject.notes).toEqual(['1 session still incomplete (running or killed) left out'])
  })

  it('refuses a wrong command line, and a path that is neither a run nor a dataset', async () => {
    expect((await compare([])).code).toBe(EXIT.usage)
    const missing = await compare([join(tmpdir(), 'shopsim-no-such-run')])
    expect(missing.code).toBe(EXIT.usage)
    expect(missing.err).toMatch(/no such file or directory/)
    const notData = await compare([mkdtempSync(join(tmpdir(), 'shopsim-empty-'))])
    expect(notData.code).toBe(EXIT.failure)
    expect(notData.err).toMatch(/E_DATASET_LAYOUT/)
  })
})

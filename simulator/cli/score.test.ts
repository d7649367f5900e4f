import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { computeMetrics } from '../../rewards/metrics/index.js'
import { fixturePath } from '../../tests/fixtures.js'
import { openRunDir } from '../../traces/store/index.js'
import { fakeClock, makeStep, sessionFields } from '../../traces/store/test-fixtures.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

const FIXTURE = fixturePath('opera', 'gold-actions-with-model-outputs.jsonl')
const answer = (action: object) => JSON.stringify({ rationale: 'r', action })

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shopsim-score-')), name)
  writeFileSync(path, text)
  return path
}

describe('shopsim score', () => {
  it('scores the real OPeRA evaluation dump (action_gt, session_id, user_id)', async () => {
    const io = captureIo()
    expect(await main(['score', FIXTURE, '--bootstrap', '50'], io)).toBe(EXIT.ok)
    const out = io.out()
    expect(out).toMatch(/^15 steps in 3 sessions of 1 users/)
    expect(out).toMatch(/exact match +\d\.\d{3} +\d\.\d{3} - \d\.\d{3}/)
    expect(out).toContain('session outcome weighted F1')
    expect(out).toContain('reward shop-r1')
    expect(io.err()).toBe('')
  })

  it('prints JSON with seeded intervals and the reward component means', async () => {
    const run = async () => {
      const io = captureIo()
      expect(
        await main(['score', FIXTURE, '--json', '--bootstrap', '40', '--seed', '3', '--reward', 'exact'], io),
      ).toBe(EXIT.ok)
      return JSON.parse(io.out()) as {
        metrics: ReturnType<typeof computeMetrics>
        rewards: { reward: string; total: number }
        seed: number
      }
    }
    const first = await run()
    expect(first.metrics.steps).toBe(15)
    expect(first.rewards.reward).toBe('exact')
    expect(first.seed).toBe(3)
    expect(first.metrics.overall.exactMatch.low).toBeTypeOf('number')
    expect(await run()).toEqual(first)
  })

  it('reports a malformed line with its number, skips it and scores the rest', async () => {
    const gold = { type: 'click', name: 'buybox.add_to_cart', click_type: 'purchase' }
    const path = tempFile(
      'preds.jsonl',
      [
        JSON.stringify({ completion: answer({ type: 'click', name: 'buybox.add_to_cart' }), gold }),
        '{not json',
        JSON.stringify({ completion: 5, gold }),
        JSON.stringify({ completion: 'x', gold: { type: 'dance' } }),
        '',
        JSON.stringify({
          completion: answer({ type: 'terminate' }),
          gold: JSON.stringify({ type: 'terminate' }),
        }),
      ].join('\n'),
    )
    const io = captureIo()
    expect(await main(['score', path, '--json', '--bootstrap', '0'], io)).toBe(EXIT.ok)
    expect(io.err()).toMatch(/preds\.jsonl:2: skipped: not JSON/)
    expect(io.err()).toMatch(/preds\.jsonl:3: skipped: no "completion" string/)
    expect(io.err()).toMatch(/preds\.jsonl:4: skipped: no gold action/)
    const result = JSON.parse(io.out()) as {
      metrics: { steps: number; overall: { exactMatch: { value: number } } }
    }
    expect(result.metrics.steps).toBe(2)
    expect(result.metrics.overall.exactMatch.value).toBe(1)
  })

  it('scores the predictions recorded in a run directory', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'shopsim-score-run-')), 'run')
    const run = await openRunDir(dir, { create: true, kind: 'eval', clock: fakeClock(), durable: false })
    await run.openSession('s1', sessionFields)
    for (const index of [0, 1, 2]) {
      const step = makeStep('s1', index)
      // steps 0 and 1 predicted their own click; step 2 has no prediction and is not scorable
      const prediction =
        index < 2
          ? { policy: 'test', raw: answer({ type: 'click', name: index === 0 ? 'product_0' : 'nope' }) }
          : undefined
      await run.appendStep('s1', { ...step, ...(prediction ? { prediction } : {}) })
    }
    const io = captureIo()
    expect(await main(['score', dir, '--json', '--bootstrap', '0'], io)).toBe(EXIT.ok)
    const result = JSON.parse(io.out()) as {
      metrics: { steps: number; overall: { exactMatch: { value: number } } }
      unscorable: number
    }
    expect(result.metrics.steps).toBe(2)
    expect(result.unscorable).toBe(1)
    expect(result.metrics.overall.exactMatch.value).toBe(0.5)
  })

  it('refuses bad arguments with a usage error', async () => {
    for (const args of [
      [],
      [FIXTURE, '--reward', 'nope'],
      [FIXTURE, '--bootstrap', '-1'],
      ['/no/such/file'],
    ]) {
      const io = captureIo()
      expect(await main(['score', ...args], io)).toBe(EXIT.usage)
      expect(io.err()).toMatch(/^shopsim score: /)
    }
  })

  it('fails with a message when nothing is scorable', async () => {
    const io = captureIo()
    expect(await main(['score', tempFile('empty.jsonl', 'garbage\n')], io)).toBe(EXIT.failure)
    expect(io.err()).toContain('nothing to score')
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeRawOpera } from '../../tests/raw-opera.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

const S = 'u1_2025-04-14T21:52:46.756000Z_2025-04-14T21:55:50.785000Z'
const T = 'u2_2025-04-15T21:52:46.756000Z_2025-04-15T21:55:50.785000Z'

function dataset(): string {
  const root = mkdtempSync(join(tmpdir(), 'shopsim-inspect-'))
  const base = { timestamp: '2025-04-14T21:53:00Z', simplified_html: 'x'.repeat(2048) }
  writeRawOpera(root, {
    actions: [
      {
        ...base,
        session_id: S,
        action_id: '1',
        action_type: 'input',
        semantic_id: 'nav_bar.search_input',
        input_text: 'tent',
        rationale: 'I need a tent.',
      },
      {
        ...base,
        session_id: S,
        action_id: '2',
        action_type: 'click',
        click_type: 'purchase',
        semantic_id: 'buybox.one_time_purchase.purchase_form.buy_now',
        timestamp: '2025-04-14T21:54:00Z',
      },
      {
        ...base,
        session_id: T,
        action_id: '3',
        action_type: 'click',
        click_type: 'review',
        semantic_id: 'reviews.popover.close',
        page_meta: '{oops',
      },
      { ...base, session_id: T, action_id: '4', action_type: 'terminate', timestamp: '2025-04-14T21:55:00Z' },
    ],
    sessions: [
      { session_id: S, user_id: 'u1', action_count: 2 },
      { session_id: T, user_id: 'u2', action_count: 2 },
    ],
  })
  return root
}

describe('shopsim opera inspect', () => {
  it('prints statistics and the load report as JSON', async () => {
    const io = captureIo()
    expect(await main(['opera', 'inspect', dataset(), '--json'], io)).toBe(0)
    const { stats, report, layout } = JSON.parse(io.out())
    expect(layout.kind).toBe('tree')
    expect(stats.sessions).toBe(2)
    expect(stats.users).toBe(2)
    expect(stats.steps).toBe(4)
    expect(stats.actionTypes).toEqual({ input: 1, click: 2, terminate: 1 })
    expect(stats.clickTypes).toEqual({ purchase: 1, review: 1 })
    expect(stats.outcomes).toEqual({ purchase: 1, terminate: 1 })
    expect(stats.rationales).toBe(1)
    expect(stats.htmlBytes).toEqual({ min: 2048, p50: 2048, p90: 2048, p99: 2048, max: 2048 })
    expect(report.counts).toEqual({ json_invalid: 1 })
    expect(report.issues[0]).toMatchObject({
      code: 'json_invalid',
      row: 2,
      column: 'page_meta',
      sessionId: T,
    })
  })

  it('prints readable tables by default', async () => {
    const io = captureIo()
    expect(await main(['opera', 'inspect', dataset()], io)).toBe(0)
    expect(io.out()).toMatch(/sessions\s+2/)
    expect(io.out()).toMatch(/purchase\s+1\s+50\.0%/)
    expect(io.out()).toContain('Load report: 1 issue')
    expect(io.out()).toMatch(
      /json_invalid\s+OPeRA_filtered\/action\/train-00000-of-00001\.parquet row 2 page_meta/,
    )
  })

  it('answers a bad path with a coded error and hint, and bad flags with usage (exit 2)', async () => {
    const missing = captureIo()
    expect(await main(['opera', 'inspect', '/definitely/not/here'], missing)).toBe(1)
    expect(missing.err()).toMatch(/E_DATASET_LAYOUT/)
    expect(missing.err()).toMatch(/hint:/)
    const usage = captureIo()
    expect(await main(['opera', 'inspect', dataset(), '--version', 'both'], usage)).toBe(2)
    expect(await main(['opera', 'inspect', '--frobnicate'], captureIo())).toBe(2)
    expect(await main(['opera', 'inspect'], captureIo())).toBe(2)
    const help = captureIo()
    expect(await main(['opera', 'inspect', '--help'], help)).toBe(0)
    expect(help.out()).toContain('Examples:')
  })
})

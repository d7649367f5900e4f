import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeRawOpera } from '../../tests/raw-opera.js'
import type { Session } from '../schema/session.js'
import type { ActionRow } from './columns.js'
import { openOperaDataset } from './reader.js'

const USER = '324934a2-5d58-49d9-bae8-545fba660731'
const S1 = `${USER}_2025-04-14T21:52:46.756000Z_2025-04-14T21:55:50.785000Z`
const S2 = `${USER}_2025-04-15T10:00:00.000000Z_2025-04-15T10:05:00.000000Z`

function row(sessionId: string, i: number, overrides: ActionRow = {}): ActionRow {
  return {
    session_id: sessionId,
    action_id: `${sessionId.slice(-6)}-${i}`,
    timestamp: `2025-04-14T21:53:${String(10 + i).padStart(2, '0')}.000Z`,
    action_type: 'click',
    click_type: 'product_link',
    semantic_id: `search_results.item_${i}.product_name`,
    mouse_position:
      '{"clientX": 10, "clientY": 20, "pageX": 10, "pageY": 1520, "screenX": 10, "screenY": 90}',
    element_meta: '{"name": "search_results.item.product_name", "data": "{\\"asin\\": \\"B00WO6EK54\\"}"}',
    url: 'https://www.amazon.com/s?URL_MASKED',
    window_size: '{"width": 1920, "height": 934}',
    page_meta: '{"search_term": [{"term": "moving boxes"}]}',
    simplified_html: `<html><body><a name="search_results.item_${i}.product_name">Item ${i}</a></body></html>`,
    rationale: null,
    products: '[]',
    input_text: null,
    image: null,
    ...overrides,
  }
}

async function collect(path: string): Promise<{
  sessions: Session[]
  report: ReturnType<Awaited<ReturnType<typeof openOperaDataset>>['report']['toJSON']>
}> {
  const dataset = await openOperaDataset(path)
  const sessions: Session[] = []
  for await (const session of dataset.sessions()) sessions.push(session)
  return { sessions, report: dataset.report.toJSON() }
}

function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'shopsim-reader-'))
}

describe('openOperaDataset on bad input', () => {
  it('keeps every readable row, reports every problem with file, row, column and code', async () => {
    const root = tempRoot()
    writeRawOpera(root, {
      actions: [
        row(S1, 0, { page_meta: '{"search_term": [', rationale: 'nan', input_text: '' }),
        row(S1, 1, { action_type: 'hover' }),
        row(S1, 2, { products: 'not json', image: '../x.jpg' }),
        row(S1, 3, { image: '000404.jpg', element_meta: '{"name": "", "data": ""}', mouse_position: '{}' }),
        row(S1, 4, { image: '000001.jpg', element_meta: '{"name": "x", "data": "{broken"}' }),
        row(S1, 5, {
          action_type: 'input',
          click_type: null,
          semantic_id: 'nav_bar.search_input',
          input_text: 'moving bo',
        }),
      ],
      sessions: [{ session_id: S1, user_id: USER, action_count: 7 }],
      images: [{ name: '000001.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) }],
    })
    const { sessions, report } = await collect(root)
    expect(sessions).toHaveLength(1)
    const session = sessions[0] as Session
    // The unknown action type is skipped; the other five rows are kept.
    expect(session.steps.map((s) => s.actionId)).toEqual([
      '85000Z-0',
      '85000Z-2',
      '85000Z-3',
      '85000Z-4',
      '85000Z-5',
    ])
    const byId = new Map(session.steps.map((s) => [s.actionId, s]))
    expect(byId.get('85000Z-0')?.observation.pageMeta).toBeUndefined()
    expect(byId.get('85000Z-0')?.rationale).toBeUndefined()
    expect(byId.get('85000Z-0')?.elementMeta).toEqual({
      name: 'search_results.item.product_name',
      data: { asin: 'B00WO6EK54' },
    })
    expect(byId.get('85000Z-2')?.products).toBeUndefined()
    expect(byId.get('85000Z-2')?.observation.screenshot).toBeUndefined()
    expect(byId.get('85000Z-3')?.observation.screenshot).toBeUndefined()
    expect(byId.get('85000Z-3')?.elementMeta).toBeUndefined()
    expect(byId.get('85000Z-3')?.mousePosition).toEqual({})
    expect(byId.get('85000Z-4')?.observation.screenshot).toEqual({ name: '000001.jpg' })
    expect(byId.get('85000Z-4')?.elementMeta).toEqual({ name: 'x' })
    expect(byId.get('85000Z-5')?.action).toEqual({
      type: 'input',
      name: 'nav_bar.search_input',
      text: 'moving bo',
    })

    const file = 'OPeRA_filtered/action/train-00000-of-00001.parquet'
    const issues = report.issues.map(({ code, file, row, column }) => ({ code, file, row, column }))
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: 'json_invalid', file, row: 0, column: 'page_meta' },
        { code: 'action_type_unknown', file, row: 1, column: 'action_type' },
        { code: 'json_invalid', file, row: 2, column: 'products' },
        { code: 'image_name_unsafe', file, row: 2, column: 'image' },
        { code: 'image_missing', file, row: 3, column: 'image' },
        { code: 'json_invalid', file, row: 4, column: 'element_meta' },
      ]),
    )
    expect(report.counts.action_count_mismatch).toBe(1)
    expect(report.total).toBe(7)
  })

  it('reads screenshots lazily by name and never resolves a path-like name', async () => {
    const root = tempRoot()
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])
    writeRawOpera(root, {
      actions: [row(S1, 0, { image: 'a.jpg' })],
      images: [
        { name: 'a.jpg', bytes: jpeg },
        { name: '../escape.jpg', bytes: jpeg },
      ],
    })
    const dataset = await openOperaDataset(root)
    expect(await dataset.image('a.jpg')).toEqual(jpeg)
    expect(await dataset.image('nope.jpg')).toBeUndefined()
  })

  it('skips a truncated shard and a shard that is not Parquet, and still streams the good one', async () => {
    const root = tempRoot()
    const { actionFiles } = writeRawOpera(root, {
      actions: [row(S1, 0), row(S1, 1), row(S2, 0), row(S2, 1), row(S2, 2), row(S2, 3)],
      shards: 3,
    })
    const [good, truncated, garbage] = actionFiles as [string, string, string]
    truncateSync(truncated, Math.floor(readFileSync(truncated).length / 2))
    writeFileSync(garbage, 'session_id,action_id\nnot,parquet\n')
    const { sessions, report } = await collect(root)
    expect(sessions.map((s) => [s.id, s.steps.length])).toEqual([[S1, 2]])
    expect(report.counts.parquet_invalid).toBe(2)
    expect(report.issues.filter((i) => i.code === 'parquet_invalid').map((i) => i.file)).toEqual([
      'OPeRA_filtered/action/train-00001-of-00003.parquet',
      'OPeRA_filtered/action/train-00002-of-00003.parquet',
    ])
    expect(good).toContain('00000')
  })

  it('orders steps by timestamp, falling back to file position for unparsable ones', async () => {
    const root = tempRoot()
    writeRawOpera(root, {
      actions: [
        row(S1, 0, { timestamp: '2025-04-14T21:55:00.000Z', action_id: 'late' }),
        row(S1, 1, { timestamp: '2025-04-14T21:53:00.000Z', action_id: 'early' }),
        row(S1, 2, { timestamp: 'yesterday', action_id: 'after-early' }),
        row(S1, 3, { timestamp: '2025-04-14T21:54:00.000Z', action_id: 'middle' }),
      ],
    })
    const { sessions, report } = await collect(root)
    expect(sessions[0]?.steps.map((s) => [s.index, s.actionId])).toEqual([
      [0, 'early'],
      [1, 'after-early'],
      [2, 'middle'],
      [3, 'late'],
    ])
    expect(report.counts.timestamp_invalid).toBe(1)
  })

  it('joins personas, streams sessions that span row groups and shards, and honours ids and limit', async () => {
    const root = tempRoot()
    const survey = JSON.stringify({ Personality: { 'MBTI personality type': 'enfp' } })
    const actions = [
      ...Array.from({ length: 7 }, (_, i) => row(S1, i)),
      ...Array.from({ length: 5 }, (_, i) => row(S2, i)),
    ]
    writeRawOpera(root, {
      actions,
      rowGroupSize: 3,
      shards: 2,
      sessions: [
        { session_id: S1, user_id: USER, action_count: 7 },
        { session_id: S2, user_id: USER, action_count: 5 },
      ],
      users: [
        {
          user_id: USER,
          survey,
          raw_survey: null,
          interview_transcript: 'nan',
          interview_transcript_processed: '',
        },
      ],
    })
    const { sessions, report } = await collect(root)
    expect(report.total).toBe(0)
    expect(sessions.map((s) => [s.id, s.steps.length, s.persona?.mbti])).toEqual([
      [S1, 7, 'ENFP'],
      [S2, 5, 'ENFP'],
    ])
    const dataset = await openOperaDataset(root)
    const only: string[] = []
    for await (const s of dataset.sessions({ ids: new Set([S2]) })) only.push(s.id)
    expect(only).toEqual([S2])
    const limited: string[] = []
    for await (const s of dataset.sessions({ limit: 1 })) limited.push(s.id)
    expect(limited).toEqual([S1])
    expect((await dataset.index()).map((e) => [e.id, e.rows, e.userId])).toEqual([
      [S1, 7, USER],
      [S2, 5, USER],
    ])
  })

  it('derives outcome from the last action and the user id from the session id', async () => {
    const root = tempRoot()
    writeRawOpera(root, {
      actions: [
        row(S1, 0),
        row(S1, 1, {
          click_type: 'purchase',
          semantic_id: 'buybox.one_time_purchase.purchase_form.add_to_cart',
        }),
        row(S2, 0),
        row(S2, 1, { action_type: 'terminate', click_type: null, semantic_id: null }),
      ],
    })
    const { sessions } = await collect(root)
    expect(sessions.map((s) => [s.outcome, s.userId])).toEqual([
      ['purchase', USER],
      ['terminate', USER],
    ])
  })
})

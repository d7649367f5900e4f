import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../tests/fixtures.js'
import type { Session } from '../schema/session.js'
import type { Step } from '../schema/step.js'
import { FILTERED_ACTION_COLUMNS, FULL_ACTION_COLUMNS } from './columns.js'
import { parseCsv } from './csv.js'
import { personaFromUserRow } from './persona-survey.js'
import { openOperaDataset } from './reader.js'
import { writeOperaDataset } from './writer.js'

const [userRow] = parseCsv(readFileSync(fixturePath('opera', 'user.csv'), 'utf8'))
const persona = personaFromUserRow({ ...(userRow ?? {}), user_id: userRow?.user_id ?? '' }).persona
const USER = persona.userId

function step(sessionId: string, index: number, fields: Partial<Step> & Pick<Step, 'action'>): Step {
  return {
    sessionId,
    actionId: `${index}-${sessionId.length}`,
    index,
    timestamp: new Date(Date.UTC(2025, 3, 14, 21, 52, index)).toISOString(),
    observation: {
      url: 'https://www.amazon.com/s?URL_MASKED',
      html: `<html><head></head><body><div name="nav_bar">step ${index} ${'x'.repeat(index * 50)}</div></body></html>`,
      viewport: { width: 1920, height: 934 },
      pageMeta: { search_term: [{ term: 'bike light' }] },
    },
    errors: [],
    ...fields,
  }
}

function session(id: string, split: 'train' | 'test', steps: Step[], outcome: Session['outcome']): Session {
  return { id, userId: USER, persona, steps, outcome, split, provenance: { source: 'opera' } }
}

const S1 = `${USER}_2025-04-14T21:52:46.756000Z_2025-04-14T21:55:50.785000Z`
const S2 = `${USER}_2025-04-15T08:00:00.000000Z_2025-04-15T08:03:00.000000Z`
const S3 = `${USER}_2025-04-16T08:00:00.000000Z_2025-04-16T08:03:00.000000Z`

function filteredSessions(): Session[] {
  return [
    session(
      S1,
      'train',
      [
        step(S1, 0, {
          action: { type: 'input', name: 'nav_bar.search_input', text: 'moving bo' },
          rationale: 'I need boxes for my move.',
        }),
        step(S1, 1, {
          action: { type: 'click', name: 'search_results.uboxes_moving_boxes.product_name' },
          clickType: 'product_link',
          mousePosition: { clientX: 1, clientY: 2, pageX: 1, pageY: 900, screenX: 1, screenY: 80 },
          elementMeta: {
            name: 'search_results.uboxes_moving_boxes.product_name',
            data: { asin: 'B00WO6EK54', nested: [1, 'two'] },
          },
          observation: { html: '<p>shot</p>', screenshot: { name: '004067.jpg' } },
        }),
        step(S1, 2, {
          action: { type: 'click', name: 'buybox.one_time_purchase.purchase_form.add_to_cart' },
          clickType: 'purchase',
          products: [
            { asin: 'B00WO6EK54', title: 'Boxes', price: null, quantity: 1, options: [{ Size: 'Medium' }] },
          ],
        }),
      ],
      'purchase',
    ),
    session(
      S2,
      'test',
      [
        step(S2, 0, { action: { type: 'click', name: 'pagination.2' }, clickType: 'page_related' }),
        step(S2, 1, { action: { type: 'terminate' } }),
      ],
      'terminate',
    ),
    session(
      S3,
      'train',
      Array.from({ length: 5 }, (_, i) =>
        step(S3, i, { action: { type: 'click', name: `refinements.brand.b${i}` }, clickType: 'filter' }),
      ).concat(step(S3, 5, { action: { type: 'terminate' } })),
      'terminate',
    ),
  ]
}

const jpeg = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
])

async function readAll(root: string, version?: 'filtered' | 'full'): Promise<Session[]> {
  const dataset = await openOperaDataset(root, version ? { version } : {})
  const sessions: Session[] = []
  for await (const s of dataset.sessions()) sessions.push(s)
  expect(dataset.report.toJSON().issues).toEqual([])
  return sessions
}

const withoutProvenance = (sessions: Session[]) => sessions.map(({ provenance: _p, ...rest }) => rest)

describe('writeOperaDataset', () => {
  it('round-trips filtered sessions: write then read gives equal sessions', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shopsim-writer-'))
    const input = filteredSessions()
    const summary = await writeOperaDataset(input, {
      out: root,
      rowsPerShard: 4,
      rowGroupSize: 2,
      image: async () => jpeg,
    })
    expect(summary.splits.train?.actionFiles.map((f) => f.split('/').pop())).toEqual([
      'train-00000-of-00003.parquet',
      'train-00001-of-00003.parquet',
      'train-00002-of-00003.parquet',
    ])
    const output = await readAll(root)
    const byId = (list: Session[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))
    expect(withoutProvenance(byId(output))).toEqual(withoutProvenance(byId(input)))
    const dataset = await openOperaDataset(root)
    expect(await dataset.image('004067.jpg')).toEqual(jpeg)
  })

  it('round-trips the full version with scroll, navigation and tab switches', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shopsim-writer-full-'))
    const S = S1
    const input = [
      session(
        S,
        'train',
        [
          step(S, 0, { action: { type: 'scroll', detail: { top: 1200, left: 0, dx: 0, dy: 400 } } }),
          step(S, 1, {
            action: { type: 'navigation', navigationType: 'back' },
            newPage: { html: '<p>new page</p>', screenshot: 'n1.jpg' },
          }),
          step(S, 2, { action: { type: 'tab_activate' }, target: 'div#main' }),
          step(S, 3, { action: { type: 'click', name: 'nav_bar.cart_button' }, clickType: 'nav_bar' }),
        ],
        'terminate',
      ),
    ]
    await writeOperaDataset(input, { out: root, version: 'full' })
    expect(withoutProvenance(await readAll(root, 'full'))).toEqual(withoutProvenance(input))
    // Filtered cannot hold scroll / navigation / tab switches: they are counted, not silently lost.
    const filteredRoot = mkdtempSync(join(tmpdir(), 'shopsim-writer-f-'))
    const summary = await writeOperaDataset(input, { out: filteredRoot })
    expect(summary.skippedSteps).toBe(3)
    expect(summary.splits.train?.actions).toBe(1)
  })

  it('writes files an independent reader (DuckDB) sees with the exact OPeRA columns, types and counts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shopsim-writer-duck-'))
    await writeOperaDataset(filteredSessions(), { out: root, image: async () => jpeg })
    const instance = await DuckDBInstance.create(':memory:')
    const db = await instance.connect()
    const columnsOf = async (glob: string) =>
      (await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${join(root, glob)}')`))
        .getRowObjects()
        .map((r) => [r.column_name, r.column_type])
    const count = async (glob: string) =>
      Number(
        (
          await db.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${join(root, glob)}')`)
        ).getRowObjects()[0]?.n,
      )

    expect(await columnsOf('OPeRA_filtered/action/train-*.parquet')).toEqual(
      FILTERED_ACTION_COLUMNS.map((c) => [c, 'VARCHAR']),
    )
    expect(await count('OPeRA_filtered/action/train-*.parquet')).toBe(9)
    expect(await count('OPeRA_filtered/action/test-*.parquet')).toBe(2)
    expect(await columnsOf('OPeRA_filtered/session/train/train.parquet')).toEqual([
      ['session_id', 'VARCHAR'],
      ['user_id', 'VARCHAR'],
      ['action_count', 'BIGINT'],
    ])
    expect(await columnsOf('OPeRA_filtered/user/test/test.parquet')).toEqual(
      ['user_id', 'survey', 'raw_survey', 'interview_transcript', 'interview_transcript_processed'].map(
        (c) => [c, 'VARCHAR'],
      ),
    )
    expect(await columnsOf('OPeRA_filtered/images/train-*.parquet')).toEqual([
      ['image', 'STRUCT(bytes BLOB, path VARCHAR)'],
      ['image_name', 'VARCHAR'],
    ])
    const image = (
      await db.runAndReadAll(
        `SELECT image_name, octet_length(image.bytes) AS n, image.path AS p FROM read_parquet('${join(root, 'OPeRA_filtered/images/train-*.parquet')}')`,
      )
    ).getRowObjects()
    expect(image).toEqual([{ image_name: '004067.jpg', n: BigInt(jpeg.length), p: '004067.jpg' }])
    const meta = (
      await db.runAndReadAll(
        `SELECT element_meta, click_type FROM read_parquet('${join(root, 'OPeRA_filtered/action/train-*.parquet')}') WHERE semantic_id LIKE 'search_results%'`,
      )
    ).getRowObjects()[0]
    // element_meta.data is a JSON string inside the JSON, as OPeRA publishes it.
    expect(JSON.parse(String(meta?.element_meta)).data).toBe('{"asin": "B00WO6EK54", "nested": [1, "two"]}')
    expect(meta?.click_type).toBe('product_link')
    const sessions = (
      await db.runAndReadAll(
        `SELECT session_id, action_count FROM read_parquet('${join(root, 'OPeRA_filtered/session/*/*.parquet')}') ORDER BY session_id`,
      )
    ).getRowObjects()
    expect(sessions.map((r) => [r.session_id, Number(r.action_count)])).toEqual([
      [S1, 3],
      [S2, 2],
      [S3, 6],
    ])
    db.closeSync()
    const full = mkdtempSync(join(tmpdir(), 'shopsim-writer-duck-full-'))
    await writeOperaDataset(filteredSessions(), { out: full, version: 'full' })
    const fullDb = await (await DuckDBInstance.create(':memory:')).connect()
    const fullColumns = (
      await fullDb.runAndReadAll(
        `DESCRIBE SELECT * FROM read_parquet('${join(full, 'OPeRA_full/action/*.parquet')}')`,
      )
    ).getRowObjects()
    expect(fullColumns.map((r) => r.column_name)).toEqual([...FULL_ACTION_COLUMNS])
    fullDb.closeSync()
  })

  it('writes a dataset card whose configs name every table, and leaves no partial folder behind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shopsim-writer-card-'))
    await writeOperaDataset(filteredSessions(), { out: root, image: async () => jpeg })
    const card = readFileSync(join(root, 'README.md'), 'utf8')
    for (const config of ['filtered_action', 'filtered_image', 'filtered_session', 'filtered_user']) {
      expect(card).toContain(`- config_name: ${config}`)
    }
    expect(card).toContain('path: OPeRA_filtered/action/train-*')
    expect(card).toContain('path: OPeRA_filtered/session/test/test.parquet')
    expect(readdirSync(root).sort()).toEqual(['OPeRA_filtered', 'README.md'])
  })

  it('overwrites an earlier dataset in place without mixing old shards in', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shopsim-writer-over-'))
    await writeOperaDataset(filteredSessions(), { out: root, rowsPerShard: 2 })
    const summary = await writeOperaDataset(filteredSessions().slice(0, 1), { out: root })
    expect(summary.missingImages).toEqual(['004067.jpg'])
    expect(readdirSync(join(root, 'OPeRA_filtered', 'action'))).toEqual(['train-00000-of-00001.parquet'])
    const dataset = await openOperaDataset(root)
    const ids: string[] = []
    for await (const s of dataset.sessions()) ids.push(s.id)
    expect(ids).toEqual([S1])
    expect(dataset.report.toJSON().counts).toEqual({ image_missing: 1 })
  })
})

describe('writeOperaDataset users', () => {
  it('lists users without sessions when asked, with their survey written as OPeRA has it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shopsim-writer-users-'))
    const other = { ...persona, userId: 'lonely-user' }
    await writeOperaDataset(filteredSessions().slice(0, 1), {
      out: root,
      users: [{ persona: other, split: 'train' }],
    })
    const db = await (await DuckDBInstance.create(':memory:')).connect()
    const rows = (
      await db.runAndReadAll(
        `SELECT user_id, survey FROM read_parquet('${join(root, 'OPeRA_filtered/user/train/train.parquet')}')`,
      )
    ).getRowObjects()
    expect(rows.map((r) => r.user_id)).toEqual([USER, 'lonely-user'])
    expect(rows[0]?.survey).toBe(userRow?.survey)
    db.closeSync()
  })
})

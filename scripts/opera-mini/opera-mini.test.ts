import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import * as cheerio from 'cheerio'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixturePath, type GoldFixtureLine, goldFixture } from '../../tests/fixtures.js'
import { type OperaDataset, openOperaDataset, parseCsv, type Session, type Step } from '../../traces/index.js'
import { buildOperaMini } from './build.js'
import { FIXTURES_DIR, OPERA_MINI_DIR } from './paths.js'

const gold = goldFixture()
const goldOf = (step: Step): GoldFixtureLine | undefined =>
  gold.find((line) => line.session_id === step.sessionId && line.step_idx === step.index)

let dataset: OperaDataset
const sessions: Session[] = []
const steps = (): Step[] => sessions.flatMap((s) => s.steps)
/** The semantic id a step acts on; the dataset holds only clicks, inputs and terminates. */
const targetOf = (step: Step): string | undefined =>
  step.action.type === 'click' || step.action.type === 'input' ? step.action.name : undefined

beforeAll(async () => {
  dataset = await openOperaDataset(OPERA_MINI_DIR)
  for await (const session of dataset.sessions()) sessions.push(session)
})

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)]
    })
}

function namedElements(html: string, name: string): number {
  const $ = cheerio.load(html)
  return $('[name]').filter((_, element) => $(element).attr('name') === name).length
}

describe('data/opera-mini', () => {
  it('holds the 3 real sessions and 15 real steps of the fixture, in the test split', () => {
    expect(dataset.layout.version).toBe('filtered')
    expect(Object.keys(dataset.layout.splits)).toEqual(['test'])
    expect(sessions.map((s) => s.id).sort()).toEqual([...new Set(gold.map((line) => line.session_id))].sort())
    expect(steps()).toHaveLength(15)
    expect(
      sessions.every((s) => s.split === 'test' && s.userId === '7f0c8207-6a6f-49cd-9d7e-17987cfafcb9'),
    ).toBe(true)
  })

  it('loads without a single issue', () => {
    expect(dataset.report.toJSON()).toEqual({ total: 0, counts: {}, issues: [] })
  })

  it('has both real users in the user table, with parsed personas', () => {
    expect([...dataset.users.keys()].sort()).toEqual([
      '7f0c8207-6a6f-49cd-9d7e-17987cfafcb9',
      '85aeec61-2d4e-489d-93bf-76c928d2d795',
    ])
    expect(dataset.users.get('7f0c8207-6a6f-49cd-9d7e-17987cfafcb9')?.mbti).toBe('INFJ')
    expect(dataset.users.get('85aeec61-2d4e-489d-93bf-76c928d2d795')?.mbti).toBe('INTJ')
    expect(sessions[0]?.persona?.demographics.city).toBe('Blacksburg')
  })

  it('keeps every user column byte for byte as the CSV has it', async () => {
    const csv = parseCsv(readFileSync(fixturePath('opera', 'user.csv'), 'utf8'))
    const file = await asyncBufferFromFile(
      join(OPERA_MINI_DIR, 'OPeRA_filtered', 'user', 'test', 'test.parquet'),
    )
    expect(await parquetReadObjects({ file })).toEqual(csv)
  })

  it('gives each step the real gold action and click type, in the real step order', () => {
    for (const step of steps()) {
      const line = goldOf(step)
      expect(line, `${step.sessionId} #${step.index}`).toBeDefined()
      const { click_type, ...action } = line?.action_gt ?? {}
      expect(step.action).toEqual(action)
      expect(step.clickType).toBe(click_type)
    }
  })

  it('puts each step target exactly once on its page', () => {
    for (const step of steps()) {
      const target = targetOf(step)
      if (step.action.type === 'terminate') continue
      expect(target).toBeDefined()
      expect(namedElements(step.observation.html ?? '', target ?? ''), target).toBe(1)
    }
  })

  it('names every element by the slug rule: dot-joined lowercase word segments', () => {
    for (const step of steps()) {
      const $ = cheerio.load(step.observation.html ?? '')
      for (const element of $('[name]').toArray()) {
        expect($(element).attr('name')).toMatch(/^([a-z0-9_]+(\.[a-z0-9_]+)*)?$/)
      }
    }
  })

  it('keeps pages small and shaped like OPeRA pages', () => {
    for (const step of steps()) {
      const html = step.observation.html ?? ''
      expect(Buffer.byteLength(html)).toBeGreaterThanOrEqual(2_000)
      expect(Buffer.byteLength(html)).toBeLessThanOrEqual(15_000)
      expect(
        html.startsWith(
          '<html><head></head><body><div name="nav_bar" role="navigation" aria-label="Primary">',
        ),
      ).toBe(true)
    }
  })

  it('gives each page a URL of its kind, query masked', () => {
    const expected = (step: Step): RegExp => {
      const name = targetOf(step)
      if (name === undefined) return /^https:\/\/www\.amazon\.com\/s\?URL_MASKED$/
      if (name === 'go_to_cart') return /^https:\/\/www\.amazon\.com\/cart\/smart-wagon\?URL_MASKED$/
      if (name.startsWith('active_item_list.')) return /^https:\/\/www\.amazon\.com\/cart\?URL_MASKED$/
      if (name === 'nav_bar.search_input') return /^https:\/\/www\.amazon\.com\/\?URL_MASKED$/
      if (name.startsWith('pagination.')) return /^https:\/\/www\.amazon\.com\/s\?URL_MASKED$/
      return /^https:\/\/www\.amazon\.com\/dp\/B0[0-9A-Z]{8}\?URL_MASKED$/
    }
    for (const step of steps()) expect(step.observation.url).toMatch(expected(step))
  })

  it('selects, on each colour step, the colour the previous step clicked', () => {
    const session = sessions.find((s) => s.steps.some((step) => step.clickType === 'product_option'))
    const productSteps = session?.steps.filter((step) => step.observation.url?.includes('/dp/')) ?? []
    expect(productSteps).toHaveLength(9)
    for (const [i, step] of productSteps.entries()) {
      const $ = cheerio.load(step.observation.html ?? '')
      const selected = $('[aria-selected="true"]')
        .toArray()
        .map((element) => $(element).attr('name'))
      expect(selected).toHaveLength(1)
      const previous = productSteps[i - 1]?.action
      if (previous?.type === 'click') expect(selected[0]).toBe(previous.name)
    }
  })

  it('spreads timestamps inside each session and derives UUID action ids', () => {
    for (const session of sessions) {
      const [, start = '', end = ''] = session.id.split('_')
      const times = session.steps.map((step) => Date.parse(step.timestamp ?? ''))
      expect(
        times.every(
          (t, i) => t > Date.parse(start) && t < Date.parse(end) && (i === 0 || t > (times[i - 1] ?? 0)),
        ),
      ).toBe(true)
    }
    const ids = steps().map((step) => step.actionId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('presents no rationale and no screenshot, and sets the derived constants', () => {
    for (const step of steps()) {
      expect(step.rationale).toBeUndefined()
      expect(step.observation.screenshot).toBeUndefined()
      expect(step.observation.viewport).toEqual({ width: 1280, height: 800 })
      expect(step.mousePosition).toEqual(step.action.type === 'terminate' ? undefined : {})
    }
  })
})

describe('scripts/build-opera-mini', () => {
  const out = mkdtempSync(join(tmpdir(), 'opera-mini-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('rebuilds the committed files byte for byte', async () => {
    await buildOperaMini({ fixturesDir: FIXTURES_DIR, out })
    const committed = filesUnder(OPERA_MINI_DIR)
    expect(filesUnder(out)).toEqual(committed)
    for (const file of committed) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(OPERA_MINI_DIR, file))), file).toBe(true)
    }
  })
})

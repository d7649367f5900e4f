import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DuckDBBlobValue } from '@duckdb/node-api'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCompletion, parseGold, SHOP_R1_DEFAULTS } from '../../rewards/index.js'
import { type RewardService, startRewardService } from '../../rewards/service/index.js'
import { countPlaceholders } from '../../traces/export/index.js'
import { openOperaDataset } from '../../traces/opera/index.js'
import { exportDataset } from './export-dataset.js'
import type { ExportOptions } from './export-options.js'
import { duckQuery, readJsonl } from './read-back.js'
import { OPERA_MINI, writeTestRun } from './test-source.js'

const root = mkdtempSync(join(tmpdir(), 'shopsim-export-formats-'))
const source = join(root, 'source')
// The 5th step has no screenshot: its examples carry no image and no placeholder.
const MISSING_SHOT = 4
let steps = 0
let service: RewardService

beforeAll(async () => {
  ;({ steps } = await writeTestRun(source, {
    screenshots: true,
    skipScreenshotAt: new Set([MISSING_SHOT]),
    rationales: true,
    predictions: true,
  }))
  service = await startRewardService()
})
afterAll(async () => {
  await service?.close()
  rmSync(root, { recursive: true, force: true })
})

let outs = 0
async function exported(format: ExportOptions['format'], options: Partial<ExportOptions> = {}) {
  const out = join(root, `out-${outs++}`)
  // Chunks of 4 rows: every table is merged from several parts, as a large export's are.
  const result = await exportDataset({ source, out, format, image: true, chunkRows: 4, ...options })
  return { out, manifest: result.manifest }
}

const SHOP_R1_FULL_MARKS = {
  click:
    SHOP_R1_DEFAULTS.formatReward +
    SHOP_R1_DEFAULTS.typeReward +
    SHOP_R1_DEFAULTS.clickNameReward +
    SHOP_R1_DEFAULTS.dars,
  input:
    SHOP_R1_DEFAULTS.formatReward +
    SHOP_R1_DEFAULTS.typeReward +
    SHOP_R1_DEFAULTS.inputNameReward +
    SHOP_R1_DEFAULTS.inputNameSimilarityWeight +
    SHOP_R1_DEFAULTS.inputTextReward +
    SHOP_R1_DEFAULTS.dars,
  terminate: SHOP_R1_DEFAULTS.formatReward + SHOP_R1_DEFAULTS.typeReward,
} as const

/** Scores each ground truth, as stored, against an answer made from it, through the reward service. */
async function scoreAgainstItself(groundTruths: readonly string[]) {
  const items = groundTruths.map((ground_truth) => {
    const gold = JSON.parse(ground_truth) as { type: string; name?: string; text?: string }
    const action = {
      type: gold.type,
      ...(gold.name !== undefined && { name: gold.name }),
      ...(gold.text !== undefined && { text: gold.text }),
    }
    return { completion: JSON.stringify({ rationale: 'This is what I did.', action }), ground_truth }
  })
  const response = await fetch(`${service.url}/score`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ items }),
  })
  expect(response.status).toBe(200)
  const { scores } = (await response.json()) as { scores: { total: number; exactMatch?: boolean }[] }
  return scores.map((score, i) => ({
    score,
    type: (JSON.parse(groundTruths[i] as string) as { type: keyof typeof SHOP_R1_FULL_MARKS }).type,
  }))
}

async function isImage(bytes: Uint8Array): Promise<boolean> {
  const meta = await sharp(bytes).metadata()
  return meta.width > 0 && meta.width * meta.height <= 1_003_520
}

describe('rl-verl', () => {
  it('writes the five fields and images that DuckDB reads, one <image> per image', async () => {
    const { out, manifest } = await exported('rl-verl')
    const path = join(out, 'test.parquet')
    const columns = await duckQuery((t) => `DESCRIBE SELECT * FROM ${t}`, path)
    expect(Object.fromEntries(columns.map((c) => [c.column_name, c.column_type]))).toEqual({
      data_source: 'VARCHAR',
      prompt: 'STRUCT("role" VARCHAR, "content" VARCHAR)[]',
      ability: 'VARCHAR',
      reward_model: 'STRUCT(style VARCHAR, ground_truth VARCHAR)',
      extra_info:
        'STRUCT(split VARCHAR, "index" BIGINT, session_id VARCHAR, step BIGINT, user_id VARCHAR, action_type VARCHAR, click_type VARCHAR, rationale_source VARCHAR)',
      images: 'STRUCT(bytes BLOB, path VARCHAR)[]',
    })
    const rows = await duckQuery(
      (t) => `SELECT data_source, ability, prompt, reward_model, extra_info, len(images) AS images FROM ${t}`,
      path,
    )
    expect(rows).toHaveLength(steps)
    for (const [i, row] of rows.entries()) {
      const prompt = row.prompt as { role: string; content: string }[]
      expect(prompt.map((m) => m.role)).toEqual(['system', 'user'])
      expect(row.data_source).toBe('shopsim')
      expect((row.reward_model as { style: string }).style).toBe('rule')
      expect(row.extra_info).toMatchObject({ split: 'test', index: String(i) })
      const placeholders = prompt.reduce((n, m) => n + countPlaceholders(m.content), 0)
      expect(placeholders).toBe(Number(row.images))
      expect(Number(row.images)).toBe(i === MISSING_SHOT ? 0 : 1)
    }
    const [first] = await duckQuery((t) => `SELECT images[1].bytes AS bytes FROM ${t} LIMIT 1`, path, 'raw')
    const blob = first?.bytes as DuckDBBlobValue | undefined
    expect(blob !== undefined && (await isImage(blob.bytes))).toBe(true)
    expect(manifest.counts).toMatchObject({
      examples: steps,
      screenshot: { attached: steps - 1, missing: 1 },
    })
  })

  it('stores ground truths that score full marks against themselves through the reward service', async () => {
    const { out } = await exported('rl-verl', { image: false })
    const rows = await duckQuery(
      (t) => `SELECT reward_model.ground_truth AS gt FROM ${t}`,
      join(out, 'test.parquet'),
    )
    const truths = rows.map((r) => r.gt as string)
    for (const truth of truths) expect(parseGold(truth)).toBeDefined()
    const scored = await scoreAgainstItself(truths)
    expect(new Set(scored.map((s) => s.type))).toEqual(new Set(['click', 'input', 'terminate']))
    for (const { score, type } of scored) {
      expect(score.exactMatch).toBe(true)
      expect(score.total).toBeCloseTo(SHOP_R1_FULL_MARKS[type], 9)
    }
  })
})

describe('rl-trl', () => {
  it('writes prompt, ground_truth and images to Parquet, ground truths scoring full marks', async () => {
    const { out } = await exported('rl-trl')
    const path = join(out, 'test.parquet')
    const rows = await duckQuery((t) => `SELECT prompt, ground_truth, len(images) AS images FROM ${t}`, path)
    expect(rows).toHaveLength(steps)
    for (const row of rows) {
      const prompt = row.prompt as { role: string; content: string }[]
      expect(prompt.map((m) => m.role)).toEqual(['system', 'user'])
      // TRL inserts the image parts itself: no placeholders in the text.
      expect(prompt.some((m) => countPlaceholders(m.content) > 0)).toBe(false)
    }
    for (const { score } of await scoreAgainstItself(rows.map((r) => r.ground_truth as string)))
      expect(score.exactMatch).toBe(true)
  })

  it('writes JSONL with image files when asked', async () => {
    const { out } = await exported('rl-trl', { table: 'jsonl' })
    const rows = readJsonl(join(out, 'test.jsonl')) as { ground_truth: string; images: string[] }[]
    expect(rows).toHaveLength(steps)
    for (const row of rows) {
      expect(parseGold(row.ground_truth)).toBeDefined()
      for (const image of row.images) expect(existsSync(join(out, image))).toBe(true)
    }
  })
})

describe('sft-sharegpt', () => {
  it('writes LLaMA-Factory records whose <image> placeholders equal their image files', async () => {
    const { out, manifest } = await exported('sft-sharegpt')
    const info = JSON.parse(readFileSync(join(out, 'dataset_info.json'), 'utf8')) as Record<
      string,
      { file_name: string; formatting: string; columns: Record<string, string> }
    >
    expect(Object.keys(info)).toEqual(['shopsim_test'])
    expect(info.shopsim_test).toMatchObject({ file_name: 'test.jsonl', formatting: 'sharegpt' })
    const records = readJsonl(join(out, 'test.jsonl')) as {
      messages: { role: string; content: string }[]
      images: string[]
    }[]
    const meta = readJsonl(join(out, 'test.meta.jsonl')) as { rationale_source: string; step: number }[]
    expect(records).toHaveLength(steps)
    expect(meta).toHaveLength(steps)
    for (const record of records) {
      expect(record.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant'])
      const placeholders = record.messages.reduce((n, m) => n + countPlaceholders(m.content), 0)
      expect(placeholders).toBe(record.images.length)
      for (const image of record.images) {
        expect(image).toMatch(/^images\/[0-9a-f]{32}\.jpg$/)
        expect(await isImage(readFileSync(join(out, image)))).toBe(true)
      }
    }
    expect(manifest.images?.count).toBe(steps - 1)
  })
})

describe('sft-openai', () => {
  it('writes one chat per line whose assistant answer parses strictly as the recorded action', async () => {
    const { out } = await exported('sft-openai', { dialect: 'type_and_submit' })
    const lines = readJsonl(join(out, 'test.jsonl')) as {
      messages: { role: string; content: string | { type: string; image_url?: { url: string } }[] }[]
    }[]
    const meta = readJsonl(join(out, 'test.meta.jsonl')) as {
      action_type: string
      rationale_source: string
    }[]
    expect(lines).toHaveLength(steps)
    for (const [i, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual(['messages'])
      const [system, user, assistant] = line.messages
      expect([system?.role, user?.role, assistant?.role]).toEqual(['system', 'user', 'assistant'])
      const parsed = parseCompletion(assistant?.content as string, 'strict')
      expect(parsed.ok).toBe(true)
      if (parsed.ok) {
        expect(parsed.action.type).toBe(meta[i]?.action_type)
        if (parsed.action.type === 'input') expect(parsed.dialect).toBe('type_and_submit')
        expect(parsed.rationale === '').toBe(meta[i]?.rationale_source === 'none')
      }
      const parts = Array.isArray(user?.content) ? user.content : []
      expect(parts.filter((p) => p.type === 'image_url')).toHaveLength(i === MISSING_SHOT ? 0 : 1)
      for (const part of parts)
        if (part.type === 'image_url') expect(part.image_url?.url).toMatch(/^data:image\/jpeg;base64,/)
    }
    // auto: human where present (every third step), else a right prediction's (even steps), else none.
    expect(meta.map((m) => m.rationale_source).slice(0, 6)).toEqual([
      'human',
      'none',
      'model',
      'human',
      'model',
      'none',
    ])
  })
})

describe('prompt options', () => {
  it('renders the persona modes as predict does: own, none, or another user', async () => {
    // opera-mini itself: its user table holds a second user, whose persona the shuffled prompt shows.
    const userText = async (personaMode: 'full' | 'none' | 'shuffled') => {
      const { out } = await exported('sft-openai', { source: OPERA_MINI, image: false, personaMode })
      const [first] = readJsonl(join(out, 'test.jsonl')) as { messages: { content: string }[] }[]
      return first?.messages[1]?.content ?? ''
    }
    const [full, none, shuffled] = [
      await userText('full'),
      await userText('none'),
      await userText('shuffled'),
    ]
    expect(full).toContain('## The shopper')
    expect(none).not.toContain('## The shopper')
    expect(shuffled).toContain('## The shopper')
    expect(shuffled).not.toBe(full)
  })
})

describe('rollouts', () => {
  it('writes every step with its prediction and every reward component', async () => {
    const { out } = await exported('rollouts', { image: false })
    const rows = readJsonl(join(out, 'test.jsonl')) as {
      prediction: { raw: string } | null
      score: { reward: string; total: number; components: Record<string, number> } | null
      ground_truth: { type: string }
      images: string[]
    }[]
    expect(rows).toHaveLength(steps)
    for (const row of rows) {
      expect(row.prediction?.raw).toBeTypeOf('string')
      expect(row.score?.reward).toBe('shop-r1')
      expect(Object.keys(row.score?.components ?? {})).toEqual(
        expect.arrayContaining(['format', 'type', 'name', 'text', 'nameSimilarity', 'textSimilarity']),
      )
      expect(row.images).toEqual([])
    }
  })
})

describe('opera', () => {
  it('writes the OPeRA layout that our reader and DuckDB read back, screenshots included', async () => {
    const { out, manifest } = await exported('opera', { splitRatio: 1 })
    const dataset = await openOperaDataset(out)
    let read = 0
    let shots = 0
    for await (const session of dataset.sessions()) {
      expect(session.split).toBe('train')
      for (const step of session.steps) {
        read++
        const name = step.observation.screenshot?.name
        if (name !== undefined && dataset.hasImage(name)) shots++
      }
    }
    expect(read).toBe(steps)
    expect(shots).toBe(steps - 1)
    const action = manifest.files.find((f) => f.path.startsWith('OPeRA_filtered/action/'))
    expect(action).toBeDefined()
    const [count] = await duckQuery((t) => `SELECT count(*) AS n FROM ${t}`, join(out, action?.path ?? ''))
    expect(Number(count?.n)).toBe(steps)
  })
})

import { ShopsimError } from '../../traces/errors.js'
import type { ExportManifest } from '../../traces/export/index.js'
import type { PersonaMode } from '../agents/policy.js'
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  exportDataset,
  RATIONALE_MODES,
  type RationaleMode,
} from '../export/index.js'
import type { ImageOptions } from '../prompts/index.js'
import { defineCommand } from './define-command.js'
import { type CliIo, EXIT } from './io.js'
import { positiveInt, selectionOf, wholeNumber } from './selection-flags.js'

const NAME = 'shopsim export'

function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if (!allowed.includes(value as T))
    throw new ShopsimError('E_USAGE', `--${flag} must be one of ${allowed.join(', ')}, not ${String(value)}`)
  return value as T
}

function splitRatio(text: unknown): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isFinite(n) || n <= 0 || n > 1)
    throw new ShopsimError('E_USAGE', `--split-ratio must be in (0, 1], the share of sessions in train`)
  return n
}

function imageOption(values: Record<string, unknown>): false | ImageOptions {
  const options: ImageOptions = {}
  const maxPixels = positiveInt('image-max-pixels', values['image-max-pixels'] as string | undefined)
  const quality = positiveInt('image-quality', values['image-quality'] as string | undefined)
  const format = oneOf('image-format', values['image-format'], ['jpeg', 'png', 'webp'] as const)
  if (maxPixels !== undefined) options.maxPixels = maxPixels
  if (quality !== undefined) options.quality = quality
  if (format !== undefined) options.format = format
  if (values.image !== true) {
    if (Object.keys(options).length > 0)
      throw new ShopsimError('E_USAGE', '--image-max-pixels, --image-format and --image-quality need --image')
    return false
  }
  return options
}

function tableOption(values: Record<string, unknown>): 'parquet' | 'jsonl' | undefined {
  if (values.parquet === true && values.jsonl === true)
    throw new ShopsimError('E_USAGE', 'give --parquet or --jsonl, not both')
  return values.jsonl === true ? 'jsonl' : values.parquet === true ? 'parquet' : undefined
}

export const exportCommand = defineCommand({
  path: ['export'],
  summary: 'Export a dataset or run as SFT / RL training files for verl, TRL, LLaMA-Factory or OpenAI',
  usage:
    'shopsim export <dataset|run-dir> --format sft-openai|sft-sharegpt|rl-verl|rl-trl|rollouts|opera --out <dir> [--image] [--dialect D] [--persona full|none|shuffled] [--history N] [--token-budget N] [--rationale auto|human|model|none] [--split-ratio R] [--resume] [--split train|test] [--sessions a,b | --limit N] [--shard i/n] [--json]',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    dialect: { type: 'string' },
    persona: { type: 'string' },
    image: { type: 'boolean', default: false },
    'image-max-pixels': { type: 'string' },
    'image-format': { type: 'string' },
    'image-quality': { type: 'string' },
    history: { type: 'string' },
    'token-budget': { type: 'string' },
    'split-ratio': { type: 'string' },
    rationale: { type: 'string' },
    parquet: { type: 'boolean', default: false },
    jsonl: { type: 'boolean', default: false },
    seed: { type: 'string' },
    resume: { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    split: { type: 'string' },
    sessions: { type: 'string' },
    limit: { type: 'string' },
    shard: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  optionHelp: {
    format:
      'sft-openai (OpenAI chat JSONL), sft-sharegpt (LLaMA-Factory / TRL), rl-verl (verl Parquet), rl-trl (TRL GRPO), rollouts (predictions and rewards), opera (the OPeRA layout)',
    out: 'the export directory (built beside it, renamed into place at the end; an earlier export is replaced)',
    dialect:
      'how input actions are spelled in prompts and answers: input (default) or type_and_submit (Shop-R1)',
    persona: 'persona in the prompt: full (default), none, or shuffled (another user, an ablation)',
    image: "attach each step's screenshot (multimodal)",
    'image-max-pixels': 'largest width x height of a screenshot (default 1003520, 1280 x 784)',
    'image-format': 'jpeg (default), png or webp',
    'image-quality': 'JPEG / WebP quality 1-100 (default 80)',
    history: 'previous steps shown in the prompt (default all)',
    'token-budget': 'prompt token budget, as predict cuts it (default 24000)',
    'split-ratio':
      "share of sessions in train, by a seeded hash of the session id (default: the dataset's own split)",
    rationale:
      "SFT answer's rationale: auto (default: human, else a model's for a right prediction, else none), human, model, none",
    parquet: 'rl-trl: write Parquet (the default)',
    jsonl: 'rl-trl: write JSONL, with image files under images/',
    seed: 'seed of shuffled personas and of --split-ratio (default 0)',
    resume: 'continue an interrupted export of the same input and options',
    concurrency: 'examples prepared at once (default 8); never changes the output',
    split: 'export only the sessions of this split of the source',
    sessions: 'comma-separated session ids',
    limit: 'only the first N sessions',
    shard: 'shard i of n (by a stable hash of the session id); shards concatenate to the whole',
    json: 'print the manifest as JSON on stdout',
  },
  examples: [
    'shopsim export data/opera-mini --format sft-openai --out exports/openai',
    'shopsim export OPeRA_filtered --format sft-sharegpt --image --out exports/llamafactory',
    'shopsim export OPeRA_filtered --format rl-verl --image --dialect type_and_submit --out exports/verl',
    'shopsim export runs/heuristic --format rl-trl --split-ratio 0.9 --out exports/trl',
    'shopsim export runs/gpt4o-mini --format rollouts --out exports/rollouts',
    'shopsim export runs/heuristic --format opera --out exports/opera',
  ],
  async run({ values, positionals }, io) {
    const [source] = positionals
    if (source === undefined || positionals.length > 1) {
      io.stderr.write(`${NAME}: give one dataset or run directory (see --help)\n`)
      return EXIT.usage
    }
    const format = oneOf<ExportFormat>('format', values.format, EXPORT_FORMATS)
    const out = values.out
    if (format === undefined || typeof out !== 'string') {
      io.stderr.write(`${NAME}: --format and --out are required\n`)
      return EXIT.usage
    }
    const options: ExportOptions = {
      source,
      out,
      format,
      selection: selectionOf(values),
      image: imageOption(values),
      resume: values.resume === true,
      progress: io.stderr,
    }
    const dialect = oneOf('dialect', values.dialect, ['input', 'type_and_submit'] as const)
    const persona = oneOf<PersonaMode>('persona', values.persona, ['full', 'none', 'shuffled'])
    const rationale = oneOf<RationaleMode>('rationale', values.rationale, RATIONALE_MODES)
    const history = wholeNumber('history', values.history)
    const tokenBudget = positiveInt('token-budget', values['token-budget'] as string | undefined)
    const ratio = splitRatio(values['split-ratio'])
    const table = tableOption(values)
    const seed = wholeNumber('seed', values.seed)
    const concurrency = positiveInt('concurrency', values.concurrency as string | undefined)
    if (dialect !== undefined) options.dialect = dialect
    if (persona !== undefined) options.personaMode = persona
    if (rationale !== undefined) options.rationale = rationale
    if (history !== undefined) options.historyWindow = history
    if (tokenBudget !== undefined) options.tokenBudget = tokenBudget
    if (ratio !== undefined) options.splitRatio = ratio
    if (table !== undefined) options.table = table
    if (seed !== undefined) options.seed = seed
    if (concurrency !== undefined) options.concurrency = concurrency
    const result = await exportDataset(options)
    report(result, values.json === true, io)
    return EXIT.ok
  },
})

const kb = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`

function tallyLine(label: string, counts: unknown): string | undefined {
  if (counts === null || typeof counts !== 'object') return undefined
  const parts = Object.entries(counts as Record<string, number>).map(([k, v]) => `${k} ${v}`)
  return parts.length === 0 ? undefined : `  ${label}: ${parts.join(', ')}`
}

function report(result: ExportResult, json: boolean, io: CliIo): void {
  const { manifest } = result
  if (json) {
    io.stdout.write(`${JSON.stringify({ out: result.out, resumed: result.resumed, ...manifest }, null, 2)}\n`)
    return
  }
  io.stdout.write(`${headline(result, manifest)}\n`)
  for (const file of manifest.files)
    io.stdout.write(
      `  ${file.path} (${kb(file.bytes)}${file.rows !== undefined ? `, ${file.rows} rows` : ''})\n`,
    )
  if (manifest.images !== undefined) io.stdout.write(`  images/ (${manifest.images.count} files)\n`)
  for (const line of [
    tallyLine('actions', manifest.counts.action),
    tallyLine('rationale', manifest.counts.rationale),
    tallyLine('screenshots', manifest.counts.screenshot),
  ])
    if (line !== undefined) io.stdout.write(`${line}\n`)
  if (
    manifest.counts.examples === 0 ||
    (manifest.format !== 'opera' && manifest.counts.examples === undefined)
  )
    io.stderr.write(`${NAME}: no click, input or terminate steps were found: the export holds no examples\n`)
  if (manifest.format === 'rollouts' && manifest.counts.predicted === undefined)
    io.stderr.write(
      `${NAME}: the source has no predictions (export a predict run for rollouts with scores)\n`,
    )
}

function headline(result: ExportResult, manifest: ExportManifest): string {
  const splits = Object.entries((manifest.counts.splits ?? {}) as Record<string, Record<string, number>>)
    .map(([split, s]) => `${split} ${s.examples ?? s.actions ?? 0}`)
    .join(', ')
  const what = manifest.format === 'opera' ? 'steps' : 'examples'
  const total = manifest.format === 'opera' ? manifest.counts.steps : manifest.counts.examples
  const state = result.alreadyComplete ? 'already complete: ' : result.resumed ? 'resumed and finished: ' : ''
  return `${state}${manifest.format}: ${total ?? 0} ${what} (${splits || 'none'}) from ${manifest.source.sessions} sessions -> ${result.out}`
}

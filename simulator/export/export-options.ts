import { z } from 'zod'
import { ShopsimError } from '../../traces/errors.js'
import { EXAMPLE_FORMATS } from '../../traces/export/index.js'
import type { ActionDialect } from '../../traces/schema/index.js'
import type { PersonaMode } from '../agents/policy.js'
import { DEFAULT_TOKEN_BUDGET, type ImageOptions, resolveImageOptions } from '../prompts/index.js'
import type { ProgressStream } from '../replay/progress.js'
import type { SessionSelection } from '../replay/session-source.js'

export const EXPORT_FORMATS = [...EXAMPLE_FORMATS, 'opera'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** auto: the human rationale when there is one, else a model's (see chooseRationale), else none. */
export const RATIONALE_MODES = ['auto', 'human', 'model', 'none'] as const
export type RationaleMode = (typeof RATIONALE_MODES)[number]

/** The share of sessions in train when a session has no split of its own and no ratio is given. */
export const DEFAULT_SPLIT_RATIO = 0.9
/** Examples per chunk: the unit an interrupted export resumes from, and the merged files' row groups. */
export const DEFAULT_CHUNK_ROWS = 256
/** A chunk is also committed once its rows reach this size, which bounds what a Parquet chunk holds. */
export const CHUNK_BYTES = 48 * 1024 * 1024

export interface ExportOptions {
  /** An OPeRA dataset (any layout the reader knows) or a run directory (a predict run for `rollouts`). */
  source: string
  /** The export directory; built beside it and renamed into place at the end. */
  out: string
  format: ExportFormat
  selection?: SessionSelection
  /** How `input` is spelled in prompts and SFT targets (default `input`; Shop-R1 uses type_and_submit). */
  dialect?: ActionDialect
  /** Which persona prompts show (default full). */
  personaMode?: PersonaMode
  /** Attach each step's screenshot (default off), re-encoded with these options. */
  image?: boolean | ImageOptions
  /** Previous steps shown (default all). */
  historyWindow?: number
  tokenBudget?: number
  /** Share of sessions in train, by a seeded hash of the session id; default: each session's own split. */
  splitRatio?: number
  rationale?: RationaleMode
  /** rl-trl only: Parquet (default) or JSONL. */
  table?: 'parquet' | 'jsonl'
  /** Seeds shuffled personas and the ratio split (default 0). */
  seed?: number
  /** Continue an interrupted export of the same input and options instead of starting over. */
  resume?: boolean
  /** Examples prepared at once (screenshots encode on sharp's threads meanwhile); never changes the output. */
  concurrency?: number
  chunkRows?: number
  progress?: ProgressStream
  /** Stops the export between examples; what is committed stays for --resume. */
  signal?: AbortSignal
  /** Told the running count after each example is written. */
  onExample?: (written: number) => void
  clock?: () => number
}

const ResolvedSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  dialect: z.enum(['input', 'type_and_submit']).default('input'),
  personaMode: z.enum(['full', 'none', 'shuffled']).default('full'),
  historyWindow: z.number().int().nonnegative().nullable().default(null),
  tokenBudget: z.number().int().positive().default(DEFAULT_TOKEN_BUDGET),
  splitRatio: z.number().gt(0).max(1).nullable().default(null),
  rationale: z.enum(RATIONALE_MODES).default('auto'),
  table: z.enum(['parquet', 'jsonl']).default('parquet'),
  seed: z.number().int().nonnegative().default(0),
  chunkRows: z.number().int().positive().default(DEFAULT_CHUNK_ROWS),
})

/** The options that decide the output, with defaults filled in: recorded in the manifest and fingerprinted. */
export type ResolvedExportOptions = z.infer<typeof ResolvedSchema> & {
  image: false | { maxPixels: number; format: 'png' | 'jpeg' | 'webp'; quality: number }
}

/** Checks the options at the boundary and fills in the defaults. */
export function resolveExportOptions(options: ExportOptions): ResolvedExportOptions {
  const parsed = ResolvedSchema.safeParse({
    format: options.format,
    dialect: options.dialect,
    personaMode: options.personaMode,
    historyWindow: options.historyWindow,
    tokenBudget: options.tokenBudget,
    splitRatio: options.splitRatio,
    rationale: options.rationale,
    table: options.table,
    seed: options.seed,
    chunkRows: options.chunkRows,
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ShopsimError(
      'E_USAGE',
      `export options: ${issue?.path.join('.') || 'value'} ${issue?.message ?? 'is not valid'}`,
      `Formats: ${EXPORT_FORMATS.join(', ')}; --split-ratio is in (0, 1].`,
    )
  }
  if (options.table !== undefined && options.format !== 'rl-trl') {
    throw new ShopsimError('E_USAGE', '--parquet / --jsonl apply to --format rl-trl only')
  }
  const image = options.image === undefined || options.image === false ? false : options.image
  return { ...parsed.data, image: image === false ? false : resolveImageOptions(image === true ? {} : image) }
}

/**
 * Examples in flight: enough that sharp always has screenshots queued while prompts render and files are
 * written (on 2 cores, 8 in flight exported ~1.3x faster than 3). sharp runs on libuv's thread pool,
 * 4 threads by default, so more cores would not use more.
 */
export const DEFAULT_CONCURRENCY = 8

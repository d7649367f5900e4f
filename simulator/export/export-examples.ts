import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  addCounters,
  assembleTable,
  CHUNKS_DIR,
  ChunkedSplit,
  type Counters,
  EXAMPLE_EXPORTERS,
  EXPORT_SPLITS,
  type ExampleExporter,
  type ExampleFormat,
  type ExportExample,
  type ExporterSettings,
  type ExportSplit,
  ImageStore,
  imageInventory,
  promptParts,
  sweepImageTemps,
  type WorkDir,
  type WrittenFile,
} from '../../traces/export/index.js'
import type { Persona } from '../../traces/schema/index.js'
import { hashText, mixSeed } from '../../traces/seeded-random.js'
import { isPredictable } from '../predict/index.js'
import { choosePersona } from '../prompts/index.js'
import type { Progress } from '../replay/progress.js'
import type { SessionSource } from '../replay/session-source.js'
import { createSemaphore } from '../semaphore.js'
import { exampleCounters, nestCounters } from './export-counts.js'
import { CHUNK_BYTES, type ExportOptions, type ResolvedExportOptions } from './export-options.js'
import { orderedMap, readAhead } from './ordered-map.js'
import { type ExampleJob, renderExample } from './render-example.js'
import { assignSplit } from './split-assignment.js'

export interface ExamplesRun {
  work: WorkDir
  source: SessionSource
  format: ExampleFormat
  options: ResolvedExportOptions
  concurrency: number
  progress: Progress
  signal?: AbortSignal
  onExample?: ExportOptions['onExample']
}

export interface ExamplesOutcome {
  files: WrittenFile[]
  counts: Record<string, unknown>
  images?: { count: number; sha256: string }
}

/** Counted while reading the source; every run reads all of it, so these need no saving for a resume. */
interface SourceTally {
  sessions: number
  steps: number
  /** Steps that are not click / input / terminate (scroll, navigation in the full version): history only. */
  historyOnlySteps: number
  /** Sessions with at least one example, per split. */
  splitSessions: Record<ExportSplit, number>
}

interface Writing {
  exporter: ExampleExporter
  settings: ExporterSettings
  splits: ReadonlyMap<ExportSplit, ChunkedSplit>
  images: ImageStore | undefined
}

/**
 * Every click / input / terminate step of the source as a job, in source order, numbered per split.
 * Steps an interrupted export already committed are counted but not yielded.
 */
async function* jobs(
  run: ExamplesRun,
  splits: ReadonlyMap<ExportSplit, ChunkedSplit>,
  tally: SourceTally,
): AsyncGenerator<ExampleJob> {
  const { options } = run
  const pool: readonly Persona[] = options.personaMode === 'shuffled' ? await run.source.personas() : []
  const next: Record<ExportSplit, number> = { train: 0, test: 0 }
  const resumed = (split: ExportSplit) => splits.get(split)?.resumedRows ?? 0
  for await (const session of readAhead(run.source.sessions())) {
    tally.sessions++
    tally.steps += session.steps.length
    const split = assignSplit(session, options.splitRatio, options.seed)
    const persona = choosePersona(
      options.personaMode,
      session.persona,
      pool,
      mixSeed(options.seed, hashText(session.userId)),
    )
    let examples = 0
    for (const [position, step] of session.steps.entries()) {
      if (!isPredictable(step)) {
        tally.historyOnlySteps++
        continue
      }
      examples++
      const index = next[split]++
      if (index >= resumed(split)) yield { session, position, split, index, persona }
    }
    if (examples > 0) tally.splitSessions[split]++
    run.progress.update({ sessionsDone: 1 })
  }
}

async function writeExample(example: ExportExample, writing: Writing): Promise<void> {
  const parts = promptParts(example.prompt)
  const imagePaths =
    writing.images !== undefined && parts.image !== undefined
      ? [writing.images.put(parts.image.bytes, parts.image.ext)]
      : []
  const rows = writing.exporter.rows({ example, parts, imagePaths }, writing.settings)
  const bytes =
    parts.user.length + parts.system.length + example.target.length + (parts.image?.bytes.length ?? 0)
  const split = writing.splits.get(example.split)
  if (split === undefined) throw new Error(`no writer for split ${example.split}`)
  await split.append(rows, bytes, exampleCounters(example))
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** One thread of libuv's pool (4 unless UV_THREADPOOL_SIZE says otherwise) is left for file reads. */
function encodeSlots(): number {
  const pool = Number(process.env.UV_THREADPOOL_SIZE)
  return Math.max(1, (Number.isInteger(pool) && pool > 0 ? pool : 4) - 1)
}

/**
 * Streams the source's sessions into examples and the format's chunked tables, then merges the chunks into
 * one file per split and table. Sessions are read one at a time and examples written in order as they are
 * rendered, so memory stays bounded whatever the source's size.
 */
export async function exportExamples(run: ExamplesRun): Promise<ExamplesOutcome> {
  const exporter = EXAMPLE_EXPORTERS[run.format]
  const settings: ExporterSettings = { image: run.options.image !== false, table: run.options.table }
  const tables = exporter.tables(settings)
  const limits = { rows: run.options.chunkRows, bytes: CHUNK_BYTES }
  const splits = new Map<ExportSplit, ChunkedSplit>()
  for (const split of EXPORT_SPLITS)
    splits.set(split, await ChunkedSplit.open(join(run.work.path, CHUNKS_DIR, split), tables, limits))
  const writing: Writing = {
    exporter,
    settings,
    splits,
    images: settings.image && exporter.imageFiles(settings) ? new ImageStore(run.work.path) : undefined,
  }
  const tally: SourceTally = {
    sessions: 0,
    steps: 0,
    historyOnlySteps: 0,
    splitSessions: { train: 0, test: 0 },
  }

  const settingsForRender = {
    source: run.source,
    options: run.options,
    encodes: createSemaphore(encodeSlots()),
  }
  const examples = orderedMap(jobs(run, splits, tally), run.concurrency, (job) =>
    renderExample(job, settingsForRender),
  )
  let written = 0
  try {
    for await (const example of examples) {
      run.signal?.throwIfAborted()
      await writeExample(example, writing)
      written++
      run.onExample?.(written)
      run.progress.update({ steps: 1 })
    }
  } catch (error) {
    for (const split of splits.values()) await split.abandon()
    throw error
  }
  for (const split of splits.values()) await split.finish()
  run.progress.finish()

  const files: WrittenFile[] = []
  const mainFiles: { split: ExportSplit; file: string }[] = []
  const counters: Counters = {}
  const perSplit: Record<string, unknown> = {}
  for (const [name, split] of splits) {
    const totals = split.totals()
    addCounters(counters, totals.counters)
    if (totals.rows === 0) continue
    perSplit[name] = { sessions: tally.splitSessions[name], examples: totals.rows }
    for (const [i, table] of tables.entries()) {
      const file = await assembleTable(
        table,
        split.chunkDirs(),
        run.work.path,
        table.fileName(name),
        totals.rows,
      )
      files.push(file)
      if (i === 0) mainFiles.push({ split: name, file: file.path })
    }
  }
  for (const extra of exporter.describeFiles?.(mainFiles) ?? []) {
    await writeFile(join(run.work.path, extra.path), extra.text)
    files.push({ path: extra.path, bytes: Buffer.byteLength(extra.text), sha256: sha256(extra.text) })
  }
  await sweepImageTemps(run.work.path)
  return {
    files,
    counts: {
      sessions: tally.sessions,
      steps: tally.steps,
      historyOnlySteps: tally.historyOnlySteps,
      ...nestCounters(counters),
      splits: perSplit,
    },
    ...(writing.images !== undefined && { images: await imageInventory(run.work.path) }),
  }
}

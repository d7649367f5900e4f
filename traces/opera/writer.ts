import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Persona } from '../schema/persona.js'
import type { Session } from '../schema/session.js'
import type { Step } from '../schema/step.js'
import {
  actionColumns,
  type DatasetVersion,
  IMAGE_COLUMNS,
  SESSION_COLUMNS,
  SPLITS,
  type Split,
  USER_COLUMNS,
  versionFolder,
} from './columns.js'
import { datasetCard } from './dataset-card.js'
import { type ColumnKind, ParquetSink } from './parquet-sink.js'
import { surveyFromPersona } from './persona-survey.js'
import { pythonJson } from './python-json.js'
import { isSafeImageName } from './row-to-step.js'
import { stepToRow } from './step-to-row.js'

export interface WriteOperaOptions {
  /** Dataset root: the tables go under `<out>/OPeRA_<version>/`, the card at `<out>/README.md`. */
  out: string
  version?: DatasetVersion
  /** Action rows per shard file (`train-00000-of-00003.parquet`). */
  rowsPerShard?: number
  rowGroupSize?: number
  /** Bytes of a step's screenshot; the step's `observation.screenshot.name` names it in the image table. */
  image?: (name: string, step: Step) => Promise<Uint8Array | undefined>
  /** Text for the dataset card under the generated `configs:`. */
  description?: string
  /** Users to list even without sessions (OPeRA's user tables hold every surveyed user of a split). */
  users?: Iterable<{ persona: Persona; split: Split }>
}

export interface SplitSummary {
  sessions: number
  actions: number
  users: number
  images: number
  actionFiles: string[]
}

export interface WriteSummary {
  root: string
  version: DatasetVersion
  splits: Partial<Record<Split, SplitSummary>>
  /** Steps whose action type the version cannot hold (scroll, navigation, tab_activate in filtered). */
  skippedSteps: number
  /** Screenshot names whose bytes the `image` callback did not give; their rows keep the name. */
  missingImages: string[]
}

const FILTERED_TYPES = new Set(['click', 'input', 'terminate'])

class SplitWriter {
  readonly actionFiles: string[] = []
  private actionSink: ParquetSink | undefined
  private imageSink: ParquetSink | undefined
  readonly sessions: { session_id: string; user_id: string; action_count: bigint }[] = []
  readonly users = new Map<string, Persona | undefined>()
  actions = 0
  images = 0

  constructor(
    private readonly dir: string,
    readonly split: Split,
    private readonly version: DatasetVersion,
    private readonly rowsPerShard: number,
    private readonly rowGroupSize: number,
  ) {}

  private actionColumns(): [string, ColumnKind][] {
    return actionColumns(this.version).map((c) => [c, 'string'])
  }

  writeAction(row: Record<string, unknown>): void {
    if (!this.actionSink || this.actionSink.rows >= this.rowsPerShard) {
      this.actionSink?.close()
      // Shard names need the final count, known only at the end: write under a temporary name.
      const path = join(
        this.dir,
        'action',
        `.${this.split}-${String(this.actionFiles.length).padStart(5, '0')}.partial`,
      )
      mkdirSync(dirname(path), { recursive: true })
      this.actionFiles.push(path)
      this.actionSink = new ParquetSink(path, this.actionColumns(), this.rowGroupSize)
    }
    this.actionSink.push(row)
    this.actions++
  }

  writeImage(name: string, bytes: Uint8Array): void {
    if (!this.imageSink) {
      const path = join(this.dir, 'images', `${this.split}-00000-of-00001.parquet`)
      mkdirSync(dirname(path), { recursive: true })
      this.imageSink = new ParquetSink(
        path,
        IMAGE_COLUMNS.map((c) => [c, c === 'image' ? 'image' : 'string'] as const),
        this.rowGroupSize,
      )
    }
    this.imageSink.push({ image: { bytes, path: name }, image_name: name })
    this.images++
  }

  close(): string[] {
    this.actionSink?.close()
    this.imageSink?.close()
    const finalNames = this.actionFiles.map((partial, i) => {
      const finalPath = join(
        this.dir,
        'action',
        `${this.split}-${String(i).padStart(5, '0')}-of-${String(this.actionFiles.length).padStart(5, '0')}.parquet`,
      )
      renameSync(partial, finalPath)
      return finalPath
    })
    const sessionPath = join(this.dir, 'session', this.split, `${this.split}.parquet`)
    mkdirSync(dirname(sessionPath), { recursive: true })
    const sessionSink = new ParquetSink(
      sessionPath,
      SESSION_COLUMNS.map((c) => [c, c === 'action_count' ? 'int64' : 'string'] as const),
      10_000,
    )
    for (const row of this.sessions) sessionSink.push(row)
    sessionSink.close()

    const userPath = join(this.dir, 'user', this.split, `${this.split}.parquet`)
    mkdirSync(dirname(userPath), { recursive: true })
    const userSink = new ParquetSink(
      userPath,
      USER_COLUMNS.map((c) => [c, 'string'] as const),
      1_000,
    )
    for (const [userId, persona] of this.users) {
      userSink.push({
        user_id: userId,
        survey: persona ? pythonJson(surveyFromPersona(persona)) : null,
        raw_survey: persona?.rawSurvey ? pythonJson(persona.rawSurvey) : null,
        interview_transcript: persona?.interviewTranscript ?? null,
        interview_transcript_processed: persona?.interviewSummary ?? null,
      })
    }
    userSink.close()
    return finalNames
  }
}

/**
 * Writes sessions in the published OPeRA layout (action, image, session and user tables per split, a
 * dataset card). Rows stream to disk a row group at a time; the version folder is built beside the
 * destination and swapped in at the end, so an interrupted write never leaves a half dataset.
 */
export async function writeOperaDataset(
  sessions: AsyncIterable<Session> | Iterable<Session>,
  options: WriteOperaOptions,
): Promise<WriteSummary> {
  const version = options.version ?? 'filtered'
  const finalDir = join(options.out, versionFolder(version))
  const workDir = join(options.out, `.${versionFolder(version)}.partial-${process.pid}`)
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })

  const writers = new Map<Split, SplitWriter>()
  const writtenImages = new Set<string>()
  const missingImages: string[] = []
  let skippedSteps = 0
  const writerFor = (split: Split): SplitWriter => {
    let writer = writers.get(split)
    if (!writer) {
      writer = new SplitWriter(
        workDir,
        split,
        version,
        options.rowsPerShard ?? 1000,
        options.rowGroupSize ?? 100,
      )
      writers.set(split, writer)
    }
    return writer
  }

  for await (const session of sessions) {
    const split: Split = (SPLITS as readonly string[]).includes(session.split ?? '')
      ? (session.split as Split)
      : 'train'
    const writer = writerFor(split)
    let count = 0
    for (const step of session.steps) {
      if (version === 'filtered' && !FILTERED_TYPES.has(step.action.type)) {
        skippedSteps++
        continue
      }
      writer.writeAction(stepToRow(step))
      count++
      const name = step.observation.screenshot?.name
      if (name !== undefined && isSafeImageName(name) && !writtenImages.has(name)) {
        const bytes = await options.image?.(name, step)
        if (bytes) {
          writer.writeImage(name, bytes)
          writtenImages.add(name)
        } else missingImages.push(name)
      }
    }
    writer.sessions.push({ session_id: session.id, user_id: session.userId, action_count: BigInt(count) })
    if (!writer.users.has(session.userId) || (session.persona && !writer.users.get(session.userId))) {
      writer.users.set(session.userId, session.persona)
    }
  }

  for (const { persona, split } of options.users ?? []) {
    const writer = writerFor(split)
    if (!writer.users.get(persona.userId)) writer.users.set(persona.userId, persona)
  }

  const splits: Partial<Record<Split, SplitSummary>> = {}
  for (const [split, writer] of writers) {
    const files = writer.close()
    splits[split] = {
      sessions: writer.sessions.length,
      actions: writer.actions,
      users: writer.users.size,
      images: writer.images,
      actionFiles: files.map((f) => f.replace(workDir, finalDir)),
    }
  }
  rmSync(finalDir, { recursive: true, force: true })
  renameSync(workDir, finalDir)
  writeFileSync(
    join(options.out, 'README.md'),
    datasetCard(options.out, options.description ?? 'Written by shopsim in the OPeRA layout.'),
  )
  return { root: options.out, version, splits, skippedSteps, missingImages }
}

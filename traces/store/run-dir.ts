import { mkdir, readdir, truncate } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ShopsimError } from '../errors.js'
import { type Step, type StepInput, StepSchema } from '../schema/index.js'
import { findToolVersion } from '../tool-version.js'
import { appendLine } from './atomic-write.js'
import { decodeUtf8 } from './decode-text.js'
import { HTML_DIR, SESSIONS_DIR, SHOTS_DIR, STEPS_FILE, sessionDirRel } from './layout.js'
import { isNotFound } from './read-record.js'
import {
  parseRecord,
  type RunInfo,
  type SessionEndFields,
  type SessionFields,
  SessionFieldsSchema,
  type SessionStatusKind,
  type StoredSession,
} from './records.js'
import { createRun, readRunInfo } from './run-file.js'
import { resolveInside, sessionFolderName } from './safe-path.js'
import {
  readStoredSession,
  type SessionStatus,
  statusOf,
  toStepError,
  writeStoredSession,
} from './session-file.js'
import { type StepFiles, sideFileReader, sweepTempFiles, writeSideFiles } from './side-files.js'
import { type LineProblem, readStepsFile, type StepsRead } from './steps-file.js'
import { STORE_VERSION } from './version.js'

export type Clock = () => Date

export interface OpenRunDirOptions {
  /** Create the directory and run.json when there is no run yet; an existing run is reopened as it is. */
  create?: boolean
  /** What produces the run (`replay`, `live`, ...). Reopening with a different kind is refused. */
  kind?: string
  /** The options the run was started with, recorded in run.json. */
  options?: Record<string, unknown>
  /** Free-form metadata recorded in run.json. */
  meta?: Record<string, unknown>
  clock?: Clock
  /** Defaults to the version in shopsim's package.json. */
  toolVersion?: string
  /** fsync every record and side file before returning (default true); a kill loses nothing either way. */
  durable?: boolean
}

/** What `openSession` found on disk and did about it. */
export interface SessionResume {
  previous: 'new' | SessionStatusKind
  /** Indices of the steps already recorded, ascending: a re-run skips these. */
  recorded: number[]
  /** One past the highest recorded index (0 for none). */
  nextIndex: number
  /** Bytes of torn tail cut from steps.jsonl (0 when there was none). */
  truncatedBytes: number
  /** Damaged lines before the tail; they stay in the file and are reported again by `readSteps`. */
  problems: LineProblem[]
}

export type AppendResult = { kind: 'appended'; step: Step } | { kind: 'duplicate'; index: number }

export interface RunDir {
  readonly dir: string
  readonly info: RunInfo
  /** Absolute folder of a session; always inside `sessions/`, whatever the id holds. */
  sessionDir(sessionId: string): string
  /**
   * Starts or resumes a session: cuts a torn tail from steps.jsonl, sweeps temp files and marks it
   * `running`. A session that is already `done` is left untouched and reported with `previous: 'done'`.
   */
  openSession(sessionId: string, fields: SessionFields): Promise<SessionResume>
  /**
   * Records one step: side files first, then one JSON line. HTML (from `files.html` or inline in the
   * observation) and the screenshot are stored by reference. Requires `openSession` in this RunDir and a
   * `running` session (E_SESSION_STATE otherwise: writing to a done session is refused). An index already
   * recorded is a no-op reported as `duplicate`, so a re-run can replay its steps safely.
   */
  appendStep(sessionId: string, step: StepInput, files?: StepFiles): Promise<AppendResult>
  markSessionDone(sessionId: string, fields: SessionEndFields): Promise<StoredSession>
  markSessionFailed(sessionId: string, error: unknown): Promise<StoredSession>
  sessionStatus(sessionId: string): Promise<SessionStatus>
  readSession(sessionId: string): Promise<StoredSession | undefined>
  /** Every session with a session.json, ordered by id. */
  listSessions(): Promise<StoredSession[]>
  recordedStepIndices(sessionId: string): Promise<number[]>
  /** Steps by ascending index. Never throws on damaged content (see StepsRead); a missing file reads as no steps. */
  readSteps(sessionId: string): Promise<StepsRead>
  readHtml(step: Step): Promise<string | undefined>
  readScreenshot(step: Step): Promise<Uint8Array | undefined>
}

export async function openRunDir(dir: string, options: OpenRunDirOptions = {}): Promise<RunDir> {
  const root = resolve(dir)
  const clock = options.clock ?? (() => new Date())
  const durable = options.durable ?? true
  let info = await readRunInfo(root)
  if (info === undefined) {
    if (options.create !== true) {
      throw new ShopsimError('E_RUN_DIR', `${root} has no run.json`, 'Pass the directory of an existing run.')
    }
    info = await createRun(
      root,
      {
        kind: options.kind ?? 'run',
        createdAt: clock().toISOString(),
        toolVersion: options.toolVersion ?? findToolVersion(),
        options: options.options ?? {},
        meta: options.meta ?? {},
      },
      durable,
    )
  } else if (options.kind !== undefined && options.kind !== info.kind) {
    throw new ShopsimError(
      'E_RUN_DIR',
      `${root} holds a ${info.kind} run, not a ${options.kind} run`,
      'Choose another directory for this run.',
    )
  }
  return createRunDir(root, info, clock, durable)
}

interface OpenSession {
  status: SessionStatusKind
  recorded: Set<number>
}

function createRunDir(root: string, info: RunInfo, clock: Clock, durable: boolean): RunDir {
  const opened = new Map<string, OpenSession>()
  const readSideFile = sideFileReader(root)
  const queues = new Map<string, Promise<unknown>>()

  /** One session's writes run one at a time, in call order; sessions proceed in parallel. */
  const serialize = <T>(sessionId: string, task: () => Promise<T>): Promise<T> => {
    const result = (queues.get(sessionId) ?? Promise.resolve()).then(task)
    const settled = result.catch(() => undefined)
    queues.set(sessionId, settled)
    void settled.then(() => {
      if (queues.get(sessionId) === settled) queues.delete(sessionId)
    })
    return result
  }

  const sessionDir = (sessionId: string) => resolveInside(root, sessionDirRel(sessionId))
  const stepsPath = (sessionId: string) => join(sessionDir(sessionId), STEPS_FILE)
  const now = () => clock().toISOString()

  const requireSession = async (sessionId: string): Promise<StoredSession> => {
    const session = await readStoredSession(sessionDir(sessionId))
    if (session === undefined) {
      throw new ShopsimError(
        'E_SESSION_STATE',
        `Session ${JSON.stringify(sessionId)} was never opened in ${root}`,
      )
    }
    return session
  }

  const openSession = (sessionId: string, fields: SessionFields) =>
    serialize(sessionId, async (): Promise<SessionResume> => {
      const given = parseRecord(SessionFieldsSchema, fields, `Fields of session ${JSON.stringify(sessionId)}`)
      const dir = sessionDir(sessionId)
      const existing = await readStoredSession(dir)
      const read = await readStepsFile(stepsPath(sessionId), sessionId)
      const recorded = read.steps.map((step) => step.index).sort((a, b) => a - b)
      const resume = (truncatedBytes: number): SessionResume => ({
        previous: existing?.status ?? 'new',
        recorded,
        nextIndex: recorded.length === 0 ? 0 : (recorded.at(-1) as number) + 1,
        truncatedBytes,
        problems: read.problems,
      })
      if (existing?.status === 'done') {
        opened.set(sessionId, { status: 'done', recorded: new Set(recorded) })
        return resume(0)
      }
      await mkdir(join(dir, HTML_DIR), { recursive: true })
      await mkdir(join(dir, SHOTS_DIR), { recursive: true })
      // Cut the line in flight so the next append starts on a line of its own.
      if (read.tornTail !== undefined) await truncate(stepsPath(sessionId), read.validBytes)
      await sweepTempFiles(dir)
      const { error: _error, ...kept } = existing ?? {}
      await writeStoredSession(
        dir,
        {
          ...kept,
          ...given,
          outcome: given.outcome ?? 'incomplete',
          version: STORE_VERSION,
          id: sessionId,
          status: 'running',
          startedAt: existing?.startedAt ?? now(),
          updatedAt: now(),
        },
        durable,
      )
      opened.set(sessionId, { status: 'running', recorded: new Set(recorded) })
      return resume(read.tornTail?.bytes ?? 0)
    })

  const appendStep = (sessionId: string, input: StepInput, files: StepFiles = {}) =>
    serialize(sessionId, async (): Promise<AppendResult> => {
      const state = opened.get(sessionId)
      if (state === undefined || state.status !== 'running') {
        throw new ShopsimError(
          'E_SESSION_STATE',
          `Cannot append to session ${JSON.stringify(sessionId)}: it is ${state?.status ?? 'not opened'}`,
          state === undefined
            ? 'Call openSession first.'
            : 'Skip sessions that are done; reopen failed ones.',
        )
      }
      const step = parseRecord(StepSchema, input, `Step of session ${JSON.stringify(sessionId)}`)
      if (step.sessionId !== sessionId) {
        throw new ShopsimError(
          'E_RECORD_INVALID',
          `Step ${step.index} has sessionId ${JSON.stringify(step.sessionId)}, appended to ${JSON.stringify(sessionId)}`,
        )
      }
      if (state.recorded.has(step.index)) return { kind: 'duplicate', index: step.index }
      const { html: inlineHtml, ...observation } = step.observation
      const html = files.html ?? inlineHtml
      const written = await writeSideFiles(
        root,
        sessionId,
        step.index,
        {
          ...(html !== undefined && { html }),
          ...(files.screenshot !== undefined && { screenshot: files.screenshot }),
        },
        durable,
      )
      const shot = files.screenshot
      const stored: Step = {
        ...step,
        observation: {
          ...observation,
          ...(written.htmlFile !== undefined && { htmlFile: written.htmlFile }),
          ...(written.screenshotFile !== undefined && {
            screenshot: {
              ...observation.screenshot,
              file: written.screenshotFile,
              ...(shot?.width !== undefined && { width: shot.width }),
              ...(shot?.height !== undefined && { height: shot.height }),
            },
          }),
        },
      }
      await appendLine(stepsPath(sessionId), JSON.stringify({ version: STORE_VERSION, ...stored }), durable)
      state.recorded.add(step.index)
      return { kind: 'appended', step: stored }
    })

  const markSessionDone = (sessionId: string, fields: SessionEndFields) =>
    serialize(sessionId, async () => {
      const existing = await requireSession(sessionId)
      const { error: _error, ...kept } = existing
      const session = await writeStoredSession(
        sessionDir(sessionId),
        { ...kept, ...fields, status: 'done', updatedAt: now() },
        durable,
      )
      const state = opened.get(sessionId)
      if (state !== undefined) state.status = 'done'
      return session
    })

  const markSessionFailed = (sessionId: string, error: unknown) =>
    serialize(sessionId, async () => {
      const existing = await requireSession(sessionId)
      if (existing.status === 'done') {
        throw new ShopsimError(
          'E_SESSION_STATE',
          `Session ${JSON.stringify(sessionId)} is done and cannot fail`,
        )
      }
      const session = await writeStoredSession(
        sessionDir(sessionId),
        { ...existing, status: 'failed', outcome: 'error', error: toStepError(error), updatedAt: now() },
        durable,
      )
      const state = opened.get(sessionId)
      if (state !== undefined) state.status = 'failed'
      return session
    })

  const listSessions = async (): Promise<StoredSession[]> => {
    const sessionsDir = join(root, SESSIONS_DIR)
    const entries = await readdir(sessionsDir, { withFileTypes: true }).catch((error: unknown) => {
      if (isNotFound(error)) return []
      throw error
    })
    const sessions: StoredSession[] = []
    for (const entry of entries) {
      if (!entry.isDirectory()) continue
      const session = await readStoredSession(join(sessionsDir, entry.name))
      // A folder without session.json is an open that crashed before writing anything.
      if (session === undefined) continue
      if (sessionFolderName(session.id) !== entry.name) {
        throw new ShopsimError(
          'E_RUN_DIR',
          `sessions/${entry.name} holds session ${JSON.stringify(session.id)}, whose folder is ${sessionFolderName(session.id)}`,
          'Session folders must not be renamed or copied between runs by hand.',
        )
      }
      sessions.push(session)
    }
    return sessions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  return {
    dir: root,
    info,
    sessionDir,
    openSession,
    appendStep,
    markSessionDone,
    markSessionFailed,
    sessionStatus: async (sessionId) => statusOf(await readStoredSession(sessionDir(sessionId))),
    readSession: (sessionId) => readStoredSession(sessionDir(sessionId)),
    listSessions,
    recordedStepIndices: async (sessionId) =>
      (await readStepsFile(stepsPath(sessionId), sessionId)).steps.map((s) => s.index).sort((a, b) => a - b),
    readSteps: async (sessionId) => {
      const { steps, tornTail, problems } = await readStepsFile(stepsPath(sessionId), sessionId)
      // Lines are in the order they were written; a resumed run can fill a gap late, so order by index.
      steps.sort((a, b) => a.index - b.index)
      return { steps, tornTail, problems }
    },
    readHtml: async (step) => {
      const { html, htmlFile } = step.observation
      if (html !== undefined) return html
      return htmlFile === undefined ? undefined : decodeUtf8(await readSideFile(htmlFile))
    },
    readScreenshot: async (step) => {
      const file = step.observation.screenshot?.file
      return file === undefined ? undefined : new Uint8Array(await readSideFile(file))
    },
  }
}

import { extname } from 'node:path'
import { ShopsimError } from '../../traces/errors.js'
import {
  type DatasetVersion,
  SPLITS,
  type Split,
  type WriteSummary,
  writeOperaDataset,
} from '../../traces/opera/index.js'
import { type Session, type Step, sessionOutcome } from '../../traces/schema/index.js'
import { openRunDir, type StoredSession } from '../../traces/store/index.js'
import { closingTerminate, needsClosingTerminate } from './closing-terminate.js'
import { type ConvertedSession, writeConvertedSessions } from './converted-sessions.js'
import { operaSessionId } from './opera-session-id.js'
import { toOperaStep } from './opera-step.js'
import { PurchaseProducts } from './purchase-products.js'
import { reencodeScreenshot, type ScreenshotEncoding } from './reencode-screenshot.js'
import type { UrlRules } from './rewrite-urls.js'

export interface RunToOperaOptions {
  /** The dataset root to write (`<out>/OPeRA_<version>/...`, a README.md card, shopsim-sessions.jsonl). */
  out: string
  /** `filtered` (default): clicks, inputs and terminates, with OPeRA's closing terminate rows; `full`: every step. */
  version?: DatasetVersion
  /** Write this origin (e.g. `https://store.example`) in place of the one the run shopped at. */
  origin?: string
  /** Replace query strings in URLs by `URL_MASKED`, as OPeRA does (default true). */
  maskQueries?: boolean
  /** Encode screenshots again (smaller); by default they are copied as recorded. */
  screenshots?: ScreenshotEncoding
  /** The dataset card's text (default: where the dataset came from). */
  description?: string
}

export interface RunToOperaResult {
  dataset: WriteSummary
  /** One entry per session written, in the order written (also in shopsim-sessions.jsonl). */
  sessions: ConvertedSession[]
  /** Run sessions with no step the version can hold: nothing was written for them. */
  skipped: string[]
}

const FILTERED_TYPES = new Set(['click', 'input', 'terminate'])

/** Filtered OPeRA drops navigation, scroll and tab switches, and inputs that typed nothing. */
function kept(step: Step, version: DatasetVersion): boolean {
  if (version === 'full') return true
  if (!FILTERED_TYPES.has(step.action.type)) return false
  return step.action.type !== 'input' || step.action.text !== ''
}

/** The origin a session shopped at: that of its first page. */
function originOf(steps: readonly Step[]): string | undefined {
  const url = steps.find((step) => step.observation.url !== undefined)?.observation.url
  if (url === undefined) return undefined
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

function splitOf(session: StoredSession): Split {
  return (SPLITS as readonly string[]).includes(session.split ?? '') ? (session.split as Split) : 'train'
}

function slimStep(step: Step): Step {
  return {
    sessionId: step.sessionId,
    actionId: step.actionId,
    index: step.index,
    action: step.action,
    observation: {},
    errors: [],
  }
}

const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b)
const earlier = (a: string, b: string): string => (Date.parse(a) <= Date.parse(b) ? a : b)

/**
 * Converts a run directory (a live run, a recording, any run) into the published OPeRA layout with the
 * dataset writer: action rows with OPeRA's columns and meaning (semantic_id, click_type, element_meta,
 * page_meta, products of purchase clicks, mouse_position, window_size, screenshots in the image table), session
 * and user tables (personas in OPeRA's survey shape). Sessions are written in run order under OPeRA ids
 * (`{user}_{start}_{end}`), screenshots named `000000.jpg`, `000001.jpg`, ... in that order, so the same run
 * always converts to the same rows.
 */
export async function runToOpera(runDir: string, options: RunToOperaOptions): Promise<RunToOperaResult> {
  const run = await openRunDir(runDir)
  const version = options.version ?? 'filtered'
  const stored = await run.listSessions()
  if (stored.length === 0)
    throw new ShopsimError('E_RUN_DIR', `${run.dir} holds no sessions`, 'Convert a run that has run.')
  const converted: ConvertedSession[] = []
  const skipped: string[] = []
  const usedIds = new Set<string>()
  /** Image name -> the recorded step whose screenshot it is (its screenshot reference only). */
  const shots = new Map<string, Step>()

  async function* sessions(): AsyncGenerator<Session> {
    for (const meta of stored) {
      const steps = (await run.readSteps(meta.id)).steps.filter((step) => kept(step, version))
      const first = steps[0]
      const last = steps.at(-1)
      if (first === undefined || last === undefined) {
        skipped.push(meta.id)
        continue
      }
      const from = originOf(steps)
      const urls: UrlRules = {
        maskQueries: options.maskQueries ?? true,
        ...(options.origin !== undefined && from !== undefined && { origin: { from, to: options.origin } }),
      }
      // The recording spans the session's opening to its end, as OPeRA's ids span the recording.
      const start = first.timestamp === undefined ? meta.startedAt : earlier(meta.startedAt, first.timestamp)
      const end = last.timestamp === undefined ? meta.updatedAt : later(meta.updatedAt, last.timestamp)
      let tieBreak = 0
      while (usedIds.has(operaSessionId(meta.userId, start, end, tieBreak))) tieBreak++
      const sessionId = operaSessionId(meta.userId, start, end, tieBreak)
      usedIds.add(sessionId)

      const purchases = new PurchaseProducts()
      const rows: Step[] = []
      for (const [index, step] of steps.entries()) {
        const file = step.observation.screenshot?.file
        let screenshotName: string | undefined
        if (file !== undefined) {
          const ext = options.screenshots === undefined ? extname(file) : '.jpg'
          screenshotName = `${String(shots.size).padStart(6, '0')}${ext}`
          // Only what reading the file needs: a whole run's element tables would otherwise stay in memory.
          shots.set(screenshotName, { ...slimStep(step), observation: { screenshot: { file } } })
        }
        const products = purchases.productsOf(step)
        rows.push(
          toOperaStep(step, await run.readHtml(step), {
            sessionId,
            index,
            urls,
            ...(screenshotName !== undefined && { screenshotName }),
            ...(products !== undefined && { products }),
          }),
        )
      }
      const closing = version === 'filtered' && needsClosingTerminate(rows)
      if (closing) {
        const lastRow = rows.at(-1) as Step
        const lastTime = Date.parse(lastRow.timestamp ?? end)
        const at = Date.parse(end) > lastTime ? end : new Date(lastTime + 1).toISOString()
        rows.push(closingTerminate(lastRow, at))
      }
      const split = splitOf(meta)
      converted.push({
        sessionId,
        runSessionId: meta.id,
        userId: meta.userId,
        split,
        outcome: meta.outcome,
        ...(meta.endReason !== undefined && { endReason: meta.endReason }),
        ...(meta.task !== undefined && { task: meta.task }),
        ...(meta.taskResult !== undefined && { taskResult: meta.taskResult }),
        actions: rows.length,
        closingTerminate: closing,
      })
      yield {
        id: sessionId,
        userId: meta.userId,
        ...(meta.persona !== undefined && { persona: meta.persona }),
        steps: rows,
        outcome: sessionOutcome(rows),
        split,
        provenance: { ...meta.provenance, version },
      }
    }
  }

  const encoding = options.screenshots
  const dataset = await writeOperaDataset(sessions(), {
    out: options.out,
    version,
    image: async (name) => {
      const step = shots.get(name)
      const bytes = step === undefined ? undefined : await run.readScreenshot(step)
      return bytes === undefined || encoding === undefined ? bytes : reencodeScreenshot(bytes, encoding)
    },
    description: options.description ?? defaultDescription(run.info.kind),
  })
  if (converted.length === 0)
    throw new ShopsimError(
      'E_RUN_DIR',
      `${run.dir} has no session with a recorded step`,
      'Convert a run that has run.',
    )
  await writeConvertedSessions(options.out, converted)
  return { dataset, sessions: converted, skipped }
}

function defaultDescription(kind: string): string {
  return [
    `Sessions of a shopsim ${kind} run, converted by \`shopsim convert\` into the layout of`,
    'NEU-HAI/OPeRA. `shopsim-sessions.jsonl` maps each session to the run session it came from, with its task,',
    'task result and end reason.',
  ].join('\n')
}

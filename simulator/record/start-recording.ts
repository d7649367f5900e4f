import type { Page } from 'playwright-core'
import { pageCall } from '../../environments/browser/page-call.js'
import type { BrowserPool } from '../../environments/browser/pool.js'
import { type LiveEnvironment, openLiveEnvironment, type Simplifier } from '../../environments/live.js'
import { NAME_ATTRIBUTE } from '../../environments/simplify/index.js'
import type { Store } from '../../environments/store/index.js'
import { ShopsimError } from '../../traces/errors.js'
import type { Outcome, Persona, Viewport } from '../../traces/schema/index.js'
import type { RunDir } from '../../traces/store/index.js'
import { toStepError } from '../../traces/store/session-file.js'
import { findToolVersion } from '../../traces/tool-version.js'
import { storeSessionOf } from '../runner/store-session.js'
import { trackMainNavigation } from './main-navigation.js'
import { type PageMessage, PageMessageSchema, REDACTED } from './page-messages.js'
import { pageRecorder } from './page-recorder.js'
import { dialogRationalePrompt, type RationalePrompt } from './rationale-prompt.js'
import type { RecordingEvent } from './recording-events.js'
import { recordingOutcome } from './recording-outcome.js'
import { redactObservation } from './redact-observation.js'
import { isSecretField, type SecretValue, secretValuesInPage } from './secret-fields.js'
import { keepInOneTab } from './single-tab.js'
import { StepRecorder } from './step-recorder.js'
import { TaskChain } from './task-chain.js'

/** How long the recorder waits for a page to settle; the defaults suit a person (and the tests). */
export interface RecordingTiming {
  /** A change is observed once the page has been quiet this long (default 250 ms) ... */
  quietMs: number
  /** ... or this long after it began, on pages that never stop moving (default 1500 ms). */
  maxWaitMs: number
  /** After an action that changes nothing on the page, it is observed (and the person asked) this much later. */
  afterActionMs: number
}

const DEFAULT_TIMING: RecordingTiming = { quietMs: 250, maxWaitMs: 1500, afterActionMs: 800 }

export interface RecordingOptions {
  run: RunDir
  pool: BrowserPool
  startUrl: string
  /** Origins the person may visit; default the start URL's origin. */
  allowlist?: readonly string[]
  sessionId: string
  userId: string
  persona?: Persona
  /** What the person shops in, for provenance: `store` or the start URL. */
  environment: string
  /** The embedded store when recording in it: a purchase is an order in its log. */
  store?: Store
  /** Share of actions (0..1) after which the person is asked why, drawn from `seed`. */
  rationaleRate: number
  seed: number
  /** Default: the browser's prompt dialog in the recorded tab. */
  prompt?: RationalePrompt
  viewport?: Viewport
  /** Replaces the amazon recipes (other sites, tests); it must mark named elements as simplifyPage does. */
  simplify?: Simplifier
  timing?: Partial<RecordingTiming>
  clock?: () => Date
  onEvent?: (event: RecordingEvent) => void
}

export interface RecordingResult {
  sessionId: string
  outcome: Outcome
  endReason: string
  /** Steps written, the closing terminate step included. */
  steps: number
  rationales: number
  /** Clicks and text entries that were not recorded (see the `ignored` events). */
  ignored: number
}

export interface Recording {
  readonly sessionId: string
  /** The recorded tab: a person uses it in a window, a test drives it. */
  readonly page: Page
  /** Resolves once every action so far is written and the page as it is now has been observed. */
  settled(): Promise<void>
  /** Ends the recording (Ctrl-C in the terminal); closing the tab ends it too. */
  stop(reason?: string): Promise<RecordingResult>
  /** Settles when the session is over and marked done in the run directory. */
  readonly done: Promise<RecordingResult>
}

const BINDING = '__shopsimRecord'

/**
 * Records a person shopping in a browser tab as a session of `run`, in the live runner's step format:
 * each click and each submitted text on a named element becomes a step paired with the page as observed
 * before it (simplified HTML, screenshot, element table, page_meta). The session ends when the tab closes
 * or `stop` is called, with outcome purchase (an order in the store's log; elsewhere OPeRA's last-click
 * rule) or terminate, closed by a terminate step.
 */
export async function startRecording(options: RecordingOptions): Promise<Recording> {
  const timing = { ...DEFAULT_TIMING, ...options.timing }
  const clock = options.clock ?? (() => new Date())
  const onEvent = options.onEvent ?? (() => {})
  const { run, sessionId } = options
  // Chromium starts (or fails to) before the session exists, so a launch failure leaves no session behind.
  const browserVersion = await options.pool.version()
  const resume = await run.openSession(sessionId, {
    userId: options.userId,
    ...(options.persona !== undefined && { persona: options.persona }),
    provenance: {
      source: 'live',
      environment: options.environment,
      browserVersion,
      seed: options.seed,
      toolVersion: findToolVersion(),
    },
  })
  if (resume.previous !== 'new')
    throw new ShopsimError(
      'E_SESSION_STATE',
      `session ${sessionId} was recorded before in ${run.dir}`,
      'Record into a new session id (the default id is new every time).',
    )

  const env: LiveEnvironment = await openLiveEnvironment({
    pool: options.pool,
    allowlist: options.allowlist ?? [new URL(options.startUrl).origin],
    ...(options.viewport !== undefined && { viewport: options.viewport }),
    ...(options.simplify !== undefined && { simplify: options.simplify }),
  }).catch(async (error: unknown) => {
    await run.markSessionFailed(sessionId, error)
    throw error
  })
  const { page } = env
  const navigation = trackMainNavigation(page)
  let ignored = 0
  const emit = (event: RecordingEvent) => {
    if (event.kind === 'ignored') ignored++
    onEvent(event)
  }
  const stopping = new AbortController()
  const chain = new TaskChain()
  const recorder = new StepRecorder({
    run,
    sessionId,
    seed: options.seed,
    rationaleRate: options.rationaleRate,
    prompt: options.prompt ?? dialogRationalePrompt(),
    page,
    onEvent: emit,
    signal: stopping.signal,
  })
  const timers = new Set<NodeJS.Timeout>()
  let lastActivity = performance.now()
  let observeQueued = false
  let observedUrl: string | undefined
  let storeSession: string | undefined
  let failure: unknown

  const secretsNow = (): Promise<SecretValue[]> =>
    page
      .evaluate<SecretValue[]>(
        pageCall(secretValuesInPage, { attribute: NAME_ATTRIBUTE }, { isSecret: isSecretField }),
      )
      .catch(() => [])

  const observeNow = async () => {
    const before = await secretsNow()
    const seen = await env.observe()
    const after = await secretsNow()
    observedUrl = seen.observation.url
    recorder.observed(redactObservation(seen, [...before, ...after]))
  }
  const observeTask = async () => {
    observeQueued = false
    if (stopping.signal.aborted) return
    // Ask before observing: the prompt is over the page the action led to, and never in its screenshot.
    if (recorder.awaitingRationale && !navigation.pending) await recorder.askAwaiting()
    if (navigation.pending || stopping.signal.aborted) return
    try {
      await observeNow()
    } catch (error) {
      // A page that navigates while it is read is observed again once it has loaded.
      if (!page.isClosed()) emit({ kind: 'warning', message: `observing the page failed: ${String(error)}` })
    } finally {
      lastActivity = performance.now()
    }
  }
  const requestObserve = (delayMs: number) => {
    if (stopping.signal.aborted) return
    if (delayMs > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer)
        requestObserve(0)
      }, delayMs)
      timers.add(timer)
      return
    }
    // Whatever was waiting to observe after an action is covered by this observation.
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
    if (observeQueued) return
    observeQueued = true
    chain.run(observeTask).catch(fail)
  }

  const handlers = {
    click: (message) => action(message),
    input: (message) => action(message),
    unnamed: (message) => emit({ kind: 'ignored', what: message.what, reason: 'unnamed' }),
    changed: () => requestObserve(0),
  } satisfies { [T in PageMessage['type']]: (message: Extract<PageMessage, { type: T }>) => void }
  function action(message: Extract<PageMessage, { type: 'click' | 'input' }>) {
    const at = clock()
    chain.run(() => recorder.recordAction(message, at)).catch(fail)
    requestObserve(timing.afterActionMs)
  }

  await page.exposeBinding(BINDING, (source, payload: unknown) => {
    if (source.frame !== page.mainFrame() || stopping.signal.aborted) return
    const parsed = PageMessageSchema.safeParse(payload)
    if (!parsed.success) return
    lastActivity = performance.now()
    const message = parsed.data
    ;(handlers[message.type] as (m: PageMessage) => void)(message)
  })
  await page.addInitScript({
    content: pageCall(
      pageRecorder,
      {
        binding: BINDING,
        attribute: NAME_ATTRIBUTE,
        redacted: REDACTED,
        quietMs: timing.quietMs,
        maxWaitMs: timing.maxWaitMs,
      },
      { isSecret: isSecretField },
    ),
  })
  const releaseTabs = keepInOneTab(page)

  let ending: Promise<RecordingResult> | undefined
  let resolveDone: (result: RecordingResult) => void = () => {}
  let rejectDone: (error: unknown) => void = () => {}
  const done = new Promise<RecordingResult>((resolve, reject) => {
    resolveDone = resolve
    rejectDone = reject
  })
  // Whoever awaits `done` (or `stop`) sees a failure to finish; nobody awaiting is not an unhandled rejection.
  done.catch(() => undefined)
  function fail(error: unknown) {
    failure ??= error
    stop('failed').catch(() => undefined)
  }
  function stop(reason = 'stopped from the terminal'): Promise<RecordingResult> {
    ending ??= finish(reason).then(
      (result) => {
        resolveDone(result)
        return result
      },
      (error: unknown) => {
        rejectDone(error)
        throw error
      },
    )
    return ending
  }
  async function finish(reason: string): Promise<RecordingResult> {
    stopping.abort()
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
    releaseTabs()
    await chain.drained()
    try {
      await recorder.flushAwaiting()
      const ended = recordingOutcome({
        reason,
        ...(failure !== undefined && { failure: toStepError(failure) }),
        ...(options.store !== undefined && { store: options.store }),
        ...(storeSession !== undefined && { storeSession }),
        steps: recorder.steps,
      })
      if (ended.outcome === 'terminate') {
        // Stopped before the first page was observed: the terminate row still needs a page.
        if (!recorder.hasObservation && !page.isClosed()) await observeNow().catch(() => undefined)
        await recorder.recordTerminate(clock())
      }
      await run.markSessionDone(sessionId, { outcome: ended.outcome, endReason: ended.reason })
      return {
        sessionId,
        outcome: ended.outcome,
        endReason: ended.reason,
        steps: recorder.steps.length,
        rationales: recorder.rationales,
        ignored,
      }
    } finally {
      await env.close().catch(() => undefined)
    }
  }
  page.on('close', () => {
    stop('the window was closed').catch(() => undefined)
  })
  page.on('crash', () => fail(new ShopsimError('E_BROWSER_CRASHED', 'the recorded tab crashed')))

  const loaded = await env.reset(options.startUrl).catch((error: unknown) => {
    fail(error)
    return undefined
  })
  if (loaded !== undefined && loaded.kind !== 'ok') {
    fail(new ShopsimError('E_PAGE_LOAD', `${options.startUrl} did not load: ${loaded.kind}`))
  } else if (options.store !== undefined) {
    storeSession = await storeSessionOf(options.store, page).catch(() => undefined)
  }

  return {
    sessionId,
    page,
    done,
    stop,
    async settled() {
      const quietMs = timing.quietMs + 100
      for (;;) {
        await chain.drained()
        await new Promise((resolve) => setTimeout(resolve, quietMs))
        if (ending !== undefined) return
        const quiet = performance.now() - lastActivity >= quietMs
        if (!quiet || chain.size > 0 || timers.size > 0 || navigation.pending) continue
        if (observedUrl === page.url()) return
        // The address changed without a change the page reported (history.pushState): observe it now.
        requestObserve(0)
      }
    },
  }
}

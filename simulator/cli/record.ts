import { resolve } from 'node:path'
import { createBrowserPool } from '../../environments/browser/pool.js'
import { DEFAULT_STORE_SEED, type Store, startStore } from '../../environments/store/index.js'
import { ShopsimError } from '../../traces/errors.js'
import { openRunDir } from '../../traces/store/index.js'
import {
  DEFAULT_RATIONALE_TIMEOUT_MS,
  dialogRationalePrompt,
  REDACTED,
  type RecordingEvent,
  recordingPersona,
  startRecording,
} from '../record/index.js'
import { defineCommand } from './define-command.js'
import { type CliIo, EXIT } from './io.js'

const DEFAULT_RATIONALE_RATE = 0.2

function numberFlag(value: unknown, flag: string, ok: (n: number) => boolean, rule: string) {
  if (value === undefined) return undefined
  const n = Number(value)
  if (value === '' || !Number.isFinite(n) || !ok(n))
    throw new ShopsimError('E_USAGE', `--${flag} must be ${rule}, not ${String(value)}`)
  return n
}
const wholeNumber = (n: number) => Number.isInteger(n) && n >= 0 && n <= 2 ** 32 - 1

/** Where the person shops: the embedded store, or a URL (http/https only). */
function parseEnv(value: unknown): { kind: 'store' } | { kind: 'url'; url: string } {
  if (value === 'store') return { kind: 'store' }
  if (typeof value !== 'string')
    throw new ShopsimError('E_USAGE', '--env is required: `store` or the URL to start at')
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new ShopsimError('E_USAGE', `--env must be \`store\` or an http(s) URL, not ${value}`)
  return { kind: 'url', url: url.href }
}

/** A window needs a display; say so before Chromium fails with a less helpful message. */
function checkDisplay(headless: boolean, io: CliIo): void {
  if (headless || process.platform !== 'linux') return
  if (io.env.DISPLAY || io.env.WAYLAND_DISPLAY) return
  throw new ShopsimError(
    'E_BROWSER_LAUNCH',
    'shopsim record opens a browser window for you to shop in, and this session has no display',
    'Run it on a desktop (or over ssh -X), or under a virtual display: xvfb-run shopsim record ...',
  )
}

function describeEvent(event: RecordingEvent): string | undefined {
  const lines = {
    step: (e) => {
      const { action } = e as Extract<RecordingEvent, { kind: 'step' }>
      const what =
        action.type === 'click'
          ? `click ${action.name}${e.clickType ? ` (${e.clickType})` : ''}`
          : action.type === 'input'
            ? `input ${action.name} ${JSON.stringify(action.text)}`
            : action.type
      return `step ${e.index}: ${what}${e.rationale !== undefined ? ` — why: ${JSON.stringify(e.rationale)}` : ''}`
    },
    rationale: (e) =>
      e.answer.kind === 'timed_out' ? `step ${e.index}: the question went unanswered` : undefined,
    ignored: (e) =>
      e.reason === 'unnamed'
        ? `(a ${e.what} outside any named element was not recorded)`
        : `(a ${e.what} before the page was observed was not recorded)`,
    warning: (e) => `warning: ${e.message}`,
  } satisfies {
    [K in RecordingEvent['kind']]: (event: Extract<RecordingEvent, { kind: K }>) => string | undefined
  }
  return (lines[event.kind] as (e: RecordingEvent) => string | undefined)(event)
}

export const recordCommand = defineCommand({
  path: ['record'],
  summary: 'Record a person shopping in a browser window, step by step in the OPeRA format',
  usage:
    'shopsim record --env store|<url> --out <run-dir> [--persona <personas.jsonl|dataset> --user <id>] ' +
    '[--rationale-rate 0.2] [--seed S] [--json]',
  options: {
    env: { type: 'string' },
    out: { type: 'string' },
    persona: { type: 'string' },
    user: { type: 'string' },
    'rationale-rate': { type: 'string' },
    'rationale-timeout': { type: 'string' },
    seed: { type: 'string' },
    allow: { type: 'string', multiple: true },
    'store-seed': { type: 'string' },
    headless: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  optionHelp: {
    env: '`store` (the embedded store, started here) or the URL to start at',
    out: 'run directory; each recording adds a session to it',
    persona: 'personas (OPeRA dataset, run directory or personas.jsonl) holding the person who shops',
    user: 'the user id of that persona (or, without --persona, the id to record the session under)',
    'rationale-rate': `share of actions after which you are asked why, 0 to 1 (default ${DEFAULT_RATIONALE_RATE})`,
    'rationale-timeout': `seconds before an unanswered question closes itself (default ${DEFAULT_RATIONALE_TIMEOUT_MS / 1000})`,
    seed: 'seed of which actions are asked about and of step ids (default: from the start time)',
    allow: 'another origin (or *.host) the browser may load, e.g. --allow "*.media-amazon.com"; repeatable',
    'store-seed': `catalog seed of the embedded store (default ${DEFAULT_STORE_SEED})`,
    headless: 'no window: for scripted checks only (end the recording with Ctrl-C)',
    json: 'print the finished session as JSON on stdout (the running commentary goes to stderr)',
  },
  examples: [
    'shopsim record --env store --out runs/people',
    'shopsim record --env store --out runs/people --persona personas.jsonl --user u07 --rationale-rate 0.1',
    'shopsim record --env https://www.amazon.com/ --allow "*.amazon.com" --allow "*.media-amazon.com" --out runs/amazon',
  ],
  async run({ values }, io) {
    const env = parseEnv(values.env)
    if (typeof values.out !== 'string') throw new ShopsimError('E_USAGE', '--out <run-dir> is required')
    const rate =
      numberFlag(values['rationale-rate'], 'rationale-rate', (n) => n >= 0 && n <= 1, 'from 0 to 1') ??
      DEFAULT_RATIONALE_RATE
    const timeoutS = numberFlag(values['rationale-timeout'], 'rationale-timeout', (n) => n > 0, 'seconds > 0')
    const storeSeed = numberFlag(values['store-seed'], 'store-seed', wholeNumber, 'a whole number >= 0')
    const started = new Date()
    const seed =
      numberFlag(values.seed, 'seed', wholeNumber, 'a whole number >= 0') ?? started.getTime() % 2 ** 31
    const headless = values.headless === true
    // With --json, stdout carries only the result; what a person reads while recording goes to stderr.
    const commentary = values.json === true ? io.stderr : io.stdout
    checkDisplay(headless, io)
    const who = await recordingPersona({
      ...(typeof values.persona === 'string' && { personasPath: resolve(io.cwd, values.persona) }),
      ...(typeof values.user === 'string' && { user: values.user }),
    })
    const run = await openRunDir(resolve(io.cwd, values.out), {
      create: true,
      kind: 'record',
      durable: false,
      options: { environment: env.kind === 'store' ? 'store' : env.url, rationaleRate: rate },
    })

    let store: Store | undefined
    // Ctrl-C is ours, not Playwright's: the first one ends the recording properly (the session is closed
    // and marked done, then Chromium), a second one leaves at once with the session unfinished.
    const pool = createBrowserPool({ launch: { headless, closeOnSignals: false } })
    let signalled: NodeJS.Signals | undefined
    let stopRecording: ((signal: NodeJS.Signals) => void) | undefined
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled !== undefined) {
        io.stderr.write('shopsim record: stopped at once (second signal); the session is left unfinished\n')
        process.exit(130)
      }
      signalled = signal
      stopRecording?.(signal)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    try {
      let startUrl: string
      if (env.kind === 'store') {
        store = await startStore({ ...(storeSeed !== undefined && { seed: storeSeed }) })
        startUrl = `${store.url}/`
      } else startUrl = env.url
      const extra = (values.allow as string[] | undefined) ?? []
      const recording = await startRecording({
        run,
        pool,
        startUrl,
        allowlist: [new URL(startUrl).origin, ...extra],
        sessionId: `${who.userId}_${started.toISOString()}`,
        userId: who.userId,
        ...(who.persona !== undefined && { persona: who.persona }),
        environment: env.kind === 'store' ? 'store' : startUrl,
        ...(store !== undefined && { store }),
        rationaleRate: rate,
        seed,
        prompt: dialogRationalePrompt(timeoutS === undefined ? {} : { timeoutMs: timeoutS * 1000 }),
        onEvent: (event) => {
          const line = describeEvent(event)
          if (line !== undefined) commentary.write(`${line}\n`)
        },
      })
      commentary.write(
        `shopsim record: recording session ${recording.sessionId} into ${run.dir}\n` +
          `${headless ? 'No window (--headless).' : 'Shop in the browser window; close it when you are done.'} ` +
          'Ctrl-C here ends the recording too.\n' +
          `Text typed into password and payment-card fields is recorded as ${REDACTED}, never as typed.\n`,
      )
      stopRecording = (signal) => void recording.stop(`stopped from the terminal (${signal})`)
      if (signalled !== undefined) stopRecording(signalled)
      const result = await recording.done
      if (values.json === true)
        io.stdout.write(`${JSON.stringify({ runDir: run.dir, ...result }, null, 2)}\n`)
      commentary.write(
        `shopsim record: session ${result.sessionId} ended: ${result.outcome} (${result.endReason}); ` +
          `${result.steps} steps, ${result.rationales} rationales` +
          `${result.ignored > 0 ? `, ${result.ignored} actions not recorded` : ''}\n`,
      )
      return result.outcome === 'error' ? EXIT.failure : EXIT.ok
    } finally {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      await pool.close()
      await store?.close()
    }
  },
})

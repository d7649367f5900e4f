import { createBrowserPool } from '../../environments/browser/pool.js'
import { startStore } from '../../environments/store/index.js'
import { openRunDir } from '../../traces/store/index.js'
import {
  formatFidelityReport,
  type LiveCheckReport,
  recordedStoreSeed,
  replayDataset,
  replayLiveCheck,
} from '../replay/index.js'
import { defineCommand } from './define-command.js'
import { type CliIo, EXIT } from './io.js'
import { positiveInt, selectionOf } from './selection-flags.js'

function formatLiveCheck(report: LiveCheckReport): string {
  const lines = [`Live determinism check against ${report.storeUrl}`, '']
  for (const session of report.sessions) {
    lines.push(`${session.sessionId}: ${session.targetsFound}/${session.targetsTotal} action targets found`)
    if (session.error) lines.push(`  ${session.error.code}: ${session.error.message}`)
    for (const step of session.steps) {
      const target = step.target ? `${step.target.present ? 'found' : 'MISSING'} ${step.target.name}` : '-'
      lines.push(
        `  step ${step.index}: target ${target}; ${step.presentNames}/${step.recordedNames} names present`,
      )
    }
  }
  lines.push('', `targets found: ${report.targets.found}/${report.targets.total}`)
  lines.push(`mean fraction of recorded names present: ${report.meanNameFraction.toFixed(3)}`)
  return `${lines.join('\n')}\n`
}

async function checkLive(runDir: string, values: Record<string, unknown>, io: CliIo): Promise<number> {
  const pool = createBrowserPool(
    values['browser-ws'] === undefined ? {} : { wsEndpoint: values['browser-ws'] as string },
  )
  const given = values['store-url'] as string | undefined
  const store =
    given === undefined
      ? await startStore({ seed: await recordedStoreSeed(await openRunDir(runDir)) })
      : undefined
  try {
    const report = await replayLiveCheck(runDir, {
      pool,
      ...(store ? { store } : { storeUrl: given as string }),
    })
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatLiveCheck(report))
    const complete = report.targets.found === report.targets.total && report.sessions.every((s) => !s.error)
    return complete ? EXIT.ok : EXIT.failure
  } finally {
    await pool.close()
    await store?.close()
  }
}

export const replayCommand = defineCommand({
  path: ['replay'],
  summary: 'Render recorded OPeRA pages in Chromium, ground every action, and report fidelity',
  usage:
    'shopsim replay <dataset|run-dir> --out <run-dir> [--split train|test] [--sessions a,b | --limit N] [--concurrency K] [--som] [--rerender] [--shard i/n] [--browser-ws <endpoint>] [--max-width 1280] [--json]\n       shopsim replay <run-dir> --check-live [--store-url <url>] [--json]',
  options: {
    out: { type: 'string' },
    split: { type: 'string' },
    sessions: { type: 'string' },
    limit: { type: 'string' },
    concurrency: { type: 'string' },
    som: { type: 'boolean', default: false },
    rerender: { type: 'boolean', default: false },
    shard: { type: 'string' },
    'browser-ws': { type: 'string' },
    'max-width': { type: 'string' },
    json: { type: 'boolean', default: false },
    'check-live': { type: 'boolean', default: false },
    'store-url': { type: 'string' },
  },
  optionHelp: {
    out: 'the run directory to write (resumed when it exists)',
    split: 'replay only this split (default: both)',
    sessions: 'comma-separated session ids to replay',
    limit: 'replay only the first N sessions',
    concurrency: 'sessions replayed at once, one browser context each (default 1)',
    som: 'also write a set-of-marks overlay per step (shots/<step>.som.png + .marks.json)',
    rerender: 'take a new screenshot even when the dataset has one',
    shard: 'replay shard i of n (by a stable hash of the session id); shards concatenate to the whole',
    'browser-ws': 'use a Playwright browser server at this ws:// endpoint instead of a local Chromium',
    'max-width': 'scale a recorded window wider than this down to it (default 1280)',
    json: 'print the report as JSON on stdout',
    'check-live': 're-execute a live run against the store and check its element names are there again',
    'store-url': 'with --check-live: the store to check against (default: start one with the run seed)',
  },
  examples: [
    'shopsim replay data/opera-mini --out runs/mini',
    'shopsim replay ~/.cache/huggingface/hub --split test --concurrency 2 --som --out runs/test',
    'shopsim replay OPeRA_filtered --shard 0/4 --browser-ws ws://10.0.0.5:3000/abc --out runs/shard0',
    'shopsim replay runs/live-1 --check-live',
  ],
  async run({ values, positionals }, io) {
    const [source] = positionals
    if (source === undefined) {
      io.stderr.write('shopsim replay: give the path of a dataset or a run directory (see --help)\n')
      return EXIT.usage
    }
    if (values['check-live']) return checkLive(source, values, io)
    const out = values.out as string | undefined
    if (out === undefined) {
      io.stderr.write('shopsim replay: --out <run-dir> is required\n')
      return EXIT.usage
    }
    const selection = selectionOf(values)
    const concurrency = positiveInt('concurrency', values.concurrency as string | undefined) ?? 1
    const maxWidth = positiveInt('max-width', values['max-width'] as string | undefined)
    const pool = createBrowserPool(
      values['browser-ws'] === undefined ? {} : { wsEndpoint: values['browser-ws'] as string },
    )
    try {
      const { report, runDir } = await replayDataset({
        source,
        out,
        pool,
        selection,
        concurrency,
        render: {
          som: values.som === true,
          rerender: values.rerender === true,
          ...(maxWidth !== undefined && { maxWidth }),
        },
        progress: io.stderr,
      })
      io.stdout.write(
        values.json ? `${JSON.stringify(report, null, 2)}\n` : formatFidelityReport(report, runDir),
      )
      return report.sessions.failed > 0 ? EXIT.failure : EXIT.ok
    } finally {
      await pool.close()
    }
  },
})

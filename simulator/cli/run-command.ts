import { createBrowserPool } from '../../environments/browser/pool.js'
import { type Store, startStore } from '../../environments/store/index.js'
import { ShopsimError } from '../../traces/errors.js'
import type { Task } from '../../traces/schema/index.js'
import { parseShard } from '../replay/index.js'
import { DEFAULT_MAX_STEPS, loadPersonas, type RunLiveResult, runLive } from '../runner/index.js'
import { generateTasks, readTasks } from '../tasks/index.js'
import { defineCommand } from './define-command.js'
import { type CliIo, EXIT } from './io.js'
import { POLICY_OPTION_HELP, POLICY_OPTIONS, policyFromFlags } from './policy-flags.js'
import { positiveInt, wholeNumber } from './selection-flags.js'
import { formatTable } from './table.js'

const DEFAULT_STORE_SEED = 1

function startUrlOf(env: string): string {
  let url: URL
  try {
    url = new URL(env)
  } catch {
    throw new ShopsimError('E_USAGE', `--env must be store or an http(s) URL, not ${env}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ShopsimError('E_USAGE', `--env must be store or an http(s) URL, not ${env}`)
  return url.href
}

function writeSummary(io: CliIo, result: RunLiveResult): void {
  io.stdout.write(
    `${result.ranNow} sessions run now (${result.sessions} in the run), ${result.steps} steps\nrun directory: ${result.runDir}\n\n`,
  )
  io.stdout.write(
    `${formatTable(
      ['outcome', 'sessions'],
      Object.entries(result.outcomes).map(([outcome, n]) => [outcome, n]),
    )}\n`,
  )
  if (result.meanTaskReward !== undefined)
    io.stdout.write(
      `\nmean task reward (WebShop-style, from the store's order log): ${result.meanTaskReward.toFixed(3)}\n`,
    )
}

export const runCommand = defineCommand({
  path: ['run'],
  summary:
    'Run persona shoppers (heuristic or a model) on the embedded store or a site, recording every step',
  usage:
    'shopsim run --env store|<url> --personas <dataset|personas.jsonl> [--tasks tasks.jsonl] --sessions N --policy heuristic|openai|random [--concurrency K] [--max-steps M] --out <run-dir> [--shard i/n] [--browser-ws <endpoint>] [--json]',
  options: {
    ...POLICY_OPTIONS,
    env: { type: 'string', default: 'store' },
    personas: { type: 'string' },
    tasks: { type: 'string' },
    sessions: { type: 'string' },
    concurrency: { type: 'string' },
    'max-steps': { type: 'string' },
    out: { type: 'string' },
    shard: { type: 'string' },
    'browser-ws': { type: 'string' },
    'store-seed': { type: 'string' },
    'catalog-size': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  optionHelp: {
    ...POLICY_OPTION_HELP,
    env: 'store (the embedded store, started in-process; default) or the URL where sessions start (only its origin is allowed)',
    personas: 'an OPeRA dataset or run directory (its users), or a JSONL file of personas',
    tasks:
      'a tasks.jsonl (see simulator/tasks); default on the store: one generated task per session, all four variants',
    sessions: 'sessions to run; persona i mod P, task i mod T',
    concurrency: 'sessions at once, one browser context each (default 1)',
    'max-steps': `a session stops after this many steps (default ${DEFAULT_MAX_STEPS})`,
    out: 'the run directory to write; re-running continues it (finished sessions are kept, none is repeated)',
    shard: 'run shard i of n of the sessions (by a stable hash of the session id)',
    'browser-ws': 'use a Playwright browser server at this ws:// endpoint instead of a local Chromium',
    'store-seed': `catalog seed of the embedded store (default ${DEFAULT_STORE_SEED})`,
    'catalog-size': 'products in the embedded store',
    json: 'print the result as JSON on stdout',
  },
  examples: [
    'shopsim run --env store --personas data/opera-sample --sessions 8 --policy heuristic --concurrency 2 --out runs/live-1',
    'shopsim run --personas personas.jsonl --tasks tasks.jsonl --sessions 100 --policy openai --model gpt-4o-mini --concurrency 4 --out runs/gpt',
    'shopsim run --personas data/opera-sample --sessions 200 --policy heuristic --shard 0/4 --browser-ws ws://10.0.0.5:3000/abc --out runs/shard0',
  ],
  async run({ values }, io) {
    const out = values.out
    const personasPath = values.personas
    if (typeof out !== 'string') throw new ShopsimError('E_USAGE', '--out <run-dir> is required')
    if (typeof personasPath !== 'string') throw new ShopsimError('E_USAGE', '--personas is required')
    const sessions = positiveInt('sessions', values.sessions as string | undefined)
    if (sessions === undefined) throw new ShopsimError('E_USAGE', '--sessions N is required')
    const concurrency = positiveInt('concurrency', values.concurrency as string | undefined) ?? 1
    const maxSteps = positiveInt('max-steps', values['max-steps'] as string | undefined) ?? DEFAULT_MAX_STEPS
    const storeSeed = wholeNumber('store-seed', values['store-seed']) ?? DEFAULT_STORE_SEED
    const catalogSize = positiveInt('catalog-size', values['catalog-size'] as string | undefined)
    const shard = values.shard === undefined ? undefined : parseShard(values.shard as string)
    const env = values.env as string
    const startUrl = env === 'store' ? undefined : startUrlOf(env)
    const { policy, describe, seed } = policyFromFlags(values, io, { concurrency, maxSteps })
    const personas = await loadPersonas(personasPath)

    let store: Store | undefined
    const pool = createBrowserPool(
      values['browser-ws'] === undefined ? {} : { wsEndpoint: values['browser-ws'] as string },
    )
    try {
      if (startUrl === undefined)
        store = await startStore({ seed: storeSeed, ...(catalogSize !== undefined && { catalogSize }) })
      const tasks: Task[] =
        typeof values.tasks === 'string'
          ? await readTasks(values.tasks)
          : store !== undefined
            ? generateTasks(store.catalog, { count: sessions, seed })
            : []
      const result = await runLive({
        out,
        pool,
        policy,
        personas,
        tasks,
        sessions,
        ...(store !== undefined && { store, environment: `shopsim store (seed ${storeSeed})` }),
        ...(startUrl !== undefined && { startUrl }),
        concurrency,
        maxSteps,
        image: values.image === true,
        seed,
        ...(shard !== undefined && { shard }),
        describe: {
          ...describe,
          ...(store !== undefined && { storeSeed, catalogSize: store.catalog.products.length }),
        },
        progress: io.stderr,
      })
      if (values.json === true) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
      else writeSummary(io, result)
      return EXIT.ok
    } finally {
      await policy.close?.()
      await pool.close()
      await store?.close()
    }
  },
})

import { join, relative, resolve } from 'node:path'
import { createBrowserPool } from '../../environments/browser/pool.js'
import { ShopsimError } from '../../traces/errors.js'
import { findPackageRoot } from '../../traces/tool-version.js'
import { createPolicy } from '../agents/create-policy.js'
import type { Policy } from '../agents/policy.js'
import { runDemo } from '../demo/run-demo.js'
import { defineCommand } from './define-command.js'
import { type CliIo, EXIT } from './io.js'
import { positiveInt } from './selection-flags.js'

/** A model when the environment names one (SHOPSIM_MODEL), else the heuristic shopper: no key needed. */
function demoPolicy(io: CliIo): Policy {
  if (io.env.SHOPSIM_MODEL === undefined || io.env.SHOPSIM_MODEL === '') return createPolicy('heuristic')
  return createPolicy('openai', { endpoint: { env: io.env }, concurrency: 4 })
}

export const demoCommand = defineCommand({
  path: ['demo'],
  summary:
    'The whole pipeline on the embedded defaults: live shoppers, replay, predict, score, export, report',
  usage: 'shopsim demo [--out demo-output] [--live-sessions 3] [--sample-sessions 4] [--json]',
  options: {
    out: { type: 'string', default: 'demo-output' },
    'live-sessions': { type: 'string' },
    'sample-sessions': { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    out: 'where every output goes (replaced when it exists; default ./demo-output)',
    'live-sessions': 'heuristic persona sessions on the store (default 3)',
    'sample-sessions': 'sessions of the bundled sample replayed and predicted (default 4; all are exported)',
    json: 'stages on stderr, and one JSON object with every output path and figure on stdout',
  },
  examples: [
    'npm run demo',
    'SHOPSIM_MODEL=qwen2.5:7b SHOPSIM_BASE_URL=http://127.0.0.1:11434/v1 shopsim demo',
    'shopsim demo --out /tmp/demo --live-sessions 8 --sample-sessions 24 --json',
  ],
  async run({ values }, io) {
    const root = findPackageRoot()
    if (root === undefined)
      throw new ShopsimError('E_USAGE', 'cannot find shopsim’s own folder (data/opera-sample)')
    const out = resolve(io.cwd, values.out as string)
    const liveSessions = positiveInt('live-sessions', values['live-sessions'] as string | undefined)
    const sampleSessions = positiveInt('sample-sessions', values['sample-sessions'] as string | undefined)
    const policy = demoPolicy(io)
    const pool = createBrowserPool()
    const started = Date.now()
    try {
      const { writeReport } = await import('../report/index.js').catch(() => ({ writeReport: undefined }))
      const outputs = await runDemo({
        out,
        sample: join(root, 'data', 'opera-sample'),
        pool,
        predictPolicy: policy,
        ...(liveSessions !== undefined && { liveSessions }),
        ...(sampleSessions !== undefined && { sampleSessions }),
        onStage: (stage) => (values.json === true ? io.stderr : io.stdout).write(`- ${stage}\n`),
        ...(writeReport !== undefined && {
          report: async (runDir: string, target: string) => {
            await writeReport({ runDir, out: target })
          },
        }),
      })
      if (values.json === true) {
        io.stdout.write(
          `${JSON.stringify({ seconds: (Date.now() - started) / 1000, policy: policy.name, ...outputs }, null, 2)}\n`,
        )
        return EXIT.ok
      }
      // Relative to where the command ran, unless the output is somewhere else altogether.
      const show = (path: string) => {
        const near = relative(io.cwd, path)
        return near === '' ? '.' : near.startsWith('..') ? path : near
      }
      const pct = (v: number | undefined) => (v === undefined ? '-' : `${(100 * v).toFixed(1)}%`)
      const lines = [
        '',
        `done in ${((Date.now() - started) / 1000).toFixed(0)} s. Outputs:`,
        `  live run (store, heuristic personas)  ${show(outputs.live)}   outcomes ${JSON.stringify(outputs.liveOutcomes)}`,
        `  replay of the sample                  ${show(outputs.replay)}`,
        `  ${`predictions (${policy.name})`.padEnd(38)}${show(outputs.predict)}   exact match ${pct(outputs.metrics.exactMatch)}, action type ${pct(outputs.metrics.actionTypeAccuracy)} over ${outputs.metrics.steps} steps`,
        ...Object.entries(outputs.exports).map(
          ([format, path]) => `  export ${format.padEnd(31)}${show(path)}`,
        ),
        ...(outputs.report !== undefined
          ? [`  report (open in a browser)            ${show(join(outputs.report, 'index.html'))}`]
          : []),
        '',
      ]
      io.stdout.write(lines.join('\n'))
      return EXIT.ok
    } finally {
      await policy.close?.()
      await pool.close()
    }
  },
})

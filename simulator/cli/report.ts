import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { writeReport } from '../report/write-report.js'
import { BOOTSTRAP_OPTION_HELP, BOOTSTRAP_OPTIONS, bootstrapFromFlags } from './bootstrap-flags.js'
import { defineCommand } from './define-command.js'
import { EXIT } from './io.js'

const NAME = 'shopsim report'

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

export const reportCommand = defineCommand({
  path: ['report'],
  summary:
    'Write a static HTML report of a run (metrics, charts, every session step by step) that opens from disk',
  usage:
    'shopsim report <run-dir> --out <dir> [--reference <dataset | run-dir>] [--bootstrap N] [--seed S] [--json]',
  options: {
    out: { type: 'string' },
    reference: { type: 'string' },
    ...BOOTSTRAP_OPTIONS,
    json: { type: 'boolean' },
  },
  optionHelp: {
    out: 'the report folder (new or empty, or an earlier report, which is replaced)',
    reference: "a dataset or run directory to compare behaviour with (default: OPeRA's published figures)",
    ...BOOTSTRAP_OPTION_HELP,
    json: 'print what was written as one JSON object',
  },
  examples: [
    'shopsim report runs/eval-1 --out reports/eval-1',
    'shopsim report runs/store-heuristic --out reports/store --reference data/opera-sample',
    'shopsim report runs/eval-1 --out reports/eval-1 --bootstrap 0 --json',
  ],
  async run({ values, positionals }, io) {
    const usage = (problem: string) => {
      io.stderr.write(`${NAME}: ${problem}\n`)
      return EXIT.usage
    }
    if (positionals.length !== 1) return usage('give one run directory')
    if (typeof values.out !== 'string' || values.out === '') return usage('--out <dir> is required')
    const runDir = resolve(io.cwd, positionals[0] as string)
    if (!existsSync(runDir)) return usage(`no such directory: ${runDir}`)
    const reference = typeof values.reference === 'string' ? resolve(io.cwd, values.reference) : undefined
    if (reference !== undefined && !existsSync(reference))
      return usage(`no such file or directory: ${reference}`)
    const bootstrap = bootstrapFromFlags(values)
    if (typeof bootstrap === 'string') return usage(bootstrap)
    const { resamples, seed } = bootstrap

    const result = await writeReport({
      runDir,
      out: resolve(io.cwd, values.out),
      ...(reference !== undefined && { reference }),
      resamples,
      seed,
      progress: io.stderr,
    })
    if (values.json === true) {
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
      return EXIT.ok
    }
    io.stdout.write(
      `${result.sessions} sessions, ${result.steps} steps (${result.predictedSteps} predicted), ` +
        `${result.screenshots} screenshots, ${megabytes(result.bytes)}\n` +
        `open ${result.index}\n`,
    )
    return EXIT.ok
  },
})

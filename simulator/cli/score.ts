import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { REWARDS } from '../../rewards/index.js'
import {
  parsePredictionJsonl,
  type RecordsRead,
  readRunDirRecords,
  scorePredictions,
} from '../../rewards/metrics/index.js'
import { BOOTSTRAP_OPTION_HELP, BOOTSTRAP_OPTIONS, bootstrapFromFlags } from './bootstrap-flags.js'
import { defineCommand } from './define-command.js'
import { EXIT } from './io.js'
import { writeMetricsText } from './metrics-text.js'

const NAME = 'shopsim score'

async function readRecords(path: string): Promise<RecordsRead & { unscorable: number }> {
  if (statSync(path).isDirectory()) return readRunDirRecords(path)
  return { ...parsePredictionJsonl(readFileSync(path, 'utf8'), path), unscorable: 0 }
}

export const scoreCommand = defineCommand({
  path: ['score'],
  summary: 'Compute the OPeRA metrics (with bootstrap intervals) and mean rewards of model predictions',
  usage:
    'shopsim score <run-dir | predictions.jsonl> [--reward shop-r1|customer-r1|exact] [--json] [--bootstrap N] [--seed S]',
  options: {
    reward: { type: 'string' },
    json: { type: 'boolean' },
    ...BOOTSTRAP_OPTIONS,
  },
  optionHelp: {
    reward: 'reward whose components are averaged (default shop-r1)',
    json: 'print one JSON object instead of tables',
    ...BOOTSTRAP_OPTION_HELP,
  },
  examples: [
    'shopsim score runs/eval-1',
    'shopsim score ../shared/fixtures/opera/gold-actions-with-model-outputs.jsonl --reward customer-r1',
    'shopsim score preds.jsonl --json --bootstrap 2000 --seed 7',
  ],
  async run({ values, positionals }, io) {
    const usage = (problem: string) => {
      io.stderr.write(`${NAME}: ${problem}\n`)
      return EXIT.usage
    }
    if (positionals.length !== 1) return usage('give one run directory or predictions JSONL file')
    const path = resolve(io.cwd, positionals[0] as string)
    if (!existsSync(path)) return usage(`no such file or directory: ${path}`)
    const reward = typeof values.reward === 'string' ? values.reward : 'shop-r1'
    if (!Object.hasOwn(REWARDS, reward))
      return usage(`--reward must be one of ${Object.keys(REWARDS).join(', ')}`)
    const bootstrap = bootstrapFromFlags(values)
    if (typeof bootstrap === 'string') return usage(bootstrap)
    const { resamples, seed } = bootstrap

    const read = await readRecords(path)
    for (const p of read.problems) io.stderr.write(`${NAME}: ${p.source}:${p.line}: skipped: ${p.message}\n`)
    if (read.records.length === 0) {
      io.stderr.write(`${NAME}: nothing to score in ${path}\n`)
      return EXIT.failure
    }
    const result = scorePredictions(read.records, { reward, resamples, seed })
    if (values.json === true) {
      const skipped = read.problems.map((p) => ({ source: p.source, line: p.line, message: p.message }))
      io.stdout.write(
        `${JSON.stringify({ ...result, resamples, seed, skipped, unscorable: read.unscorable }, null, 2)}\n`,
      )
    } else {
      writeMetricsText(io, result, resamples)
      if (read.unscorable > 0)
        io.stdout.write(`\n${read.unscorable} steps had no prediction or a non-core gold action\n`)
    }
    return EXIT.ok
  },
})

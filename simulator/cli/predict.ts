import { readRunDirRecords, scorePredictions } from '../../rewards/metrics/index.js'
import { ShopsimError } from '../../traces/errors.js'
import type { PersonaMode } from '../agents/policy.js'
import { type PredictResult, predictDataset } from '../predict/index.js'
import { defineCommand } from './define-command.js'
import { type CliIo, EXIT } from './io.js'
import { writeMetricsText } from './metrics-text.js'
import { POLICY_OPTION_HELP, POLICY_OPTIONS, policyFromFlags } from './policy-flags.js'
import { positiveInt, selectionOf } from './selection-flags.js'

const NAME = 'shopsim predict'
const PERSONA_MODES: readonly PersonaMode[] = ['full', 'none', 'shuffled']
const RESAMPLES = 1000

function personaMode(value: unknown): PersonaMode {
  const mode = value ?? 'full'
  if (!PERSONA_MODES.includes(mode as PersonaMode))
    throw new ShopsimError('E_USAGE', `--persona must be one of ${PERSONA_MODES.join(', ')}`)
  return mode as PersonaMode
}

function summaryLine(result: PredictResult): string {
  const failed = result.failures.length
  return (
    `${result.predicted} steps predicted now, ${result.alreadyPredicted} already in the run` +
    `${failed > 0 ? `, ${failed} failed (re-run the same command to retry them)` : ''}`
  )
}

export const predictCommand = defineCommand({
  path: ['predict'],
  summary: 'Predict the next action (and rationale) at every recorded step with a policy, and score it',
  usage:
    'shopsim predict <dataset|run-dir> --policy openai|heuristic|oracle|random --out <run-dir> [--model M --base-url U] [--image] [--persona full|none|shuffled] [--history N] [--split train|test] [--sessions a,b | --limit N] [--shard i/n] [--concurrency K] [--json]',
  options: {
    ...POLICY_OPTIONS,
    out: { type: 'string' },
    persona: { type: 'string' },
    split: { type: 'string' },
    sessions: { type: 'string' },
    limit: { type: 'string' },
    shard: { type: 'string' },
    concurrency: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  optionHelp: {
    ...POLICY_OPTION_HELP,
    out: 'the run directory to write (resumed when it exists: steps already predicted are kept)',
    persona: 'persona shown to the policy: full (default), none, or shuffled (another user, an ablation)',
    split: 'predict only this split (default: both)',
    sessions: 'comma-separated session ids',
    limit: 'only the first N sessions',
    shard: 'shard i of n (by a stable hash of the session id); shards concatenate to the whole',
    concurrency: 'steps decided at once (default 1; 8-32 for a model server)',
    json: 'print the result and metrics as JSON on stdout',
  },
  examples: [
    'shopsim predict data/opera-sample --policy heuristic --out runs/heuristic',
    'SHOPSIM_API_KEY=sk-... shopsim predict OPeRA_filtered --split test --policy openai --model gpt-4o-mini --concurrency 8 --out runs/gpt4o-mini',
    'shopsim predict data/opera-sample --policy openai --base-url http://127.0.0.1:8000/v1 --model Qwen/Qwen2.5-VL-7B-Instruct --image --out runs/qwen-vl',
    'shopsim predict data/opera-sample --policy openai --base-url http://127.0.0.1:11434/v1 --model qwen2.5:7b --persona shuffled --out runs/ollama-shuffled',
  ],
  async run({ values, positionals }, io) {
    const [source] = positionals
    if (source === undefined || positionals.length > 1) {
      io.stderr.write(`${NAME}: give one dataset or run directory (see --help)\n`)
      return EXIT.usage
    }
    const out = values.out
    if (typeof out !== 'string') {
      io.stderr.write(`${NAME}: --out <run-dir> is required\n`)
      return EXIT.usage
    }
    const concurrency = positiveInt('concurrency', values.concurrency as string | undefined) ?? 1
    const mode = personaMode(values.persona)
    const selection = selectionOf(values)
    const { policy, describe, seed } = policyFromFlags(values, io, { concurrency })
    let result: PredictResult
    try {
      result = await predictDataset({
        source,
        out,
        policy,
        selection,
        concurrency,
        personaMode: mode,
        image: values.image === true,
        seed,
        describe,
        progress: io.stderr,
      })
    } finally {
      await policy.close?.()
    }
    return report(result, values.json === true, io)
  },
})

async function report(result: PredictResult, json: boolean, io: CliIo): Promise<number> {
  const read = await readRunDirRecords(result.runDir)
  const scored =
    read.records.length > 0 ? scorePredictions(read.records, { resamples: RESAMPLES, seed: 0 }) : undefined
  const code = result.failures.length > 0 ? EXIT.failure : EXIT.ok
  if (json) {
    io.stdout.write(
      `${JSON.stringify({ ...result, ...(scored !== undefined && { score: scored }) }, null, 2)}\n`,
    )
    return code
  }
  io.stdout.write(`${summaryLine(result)}\nrun directory: ${result.runDir}\n\n`)
  for (const failure of result.failures.slice(0, 5))
    io.stderr.write(
      `${NAME}: ${failure.sessionId} step ${failure.index}: ${failure.code}: ${failure.message}\n`,
    )
  if (scored === undefined) io.stdout.write('nothing to score yet\n')
  else writeMetricsText(io, scored, RESAMPLES)
  return code
}

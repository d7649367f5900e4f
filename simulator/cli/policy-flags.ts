import { ShopsimError } from '../../traces/errors.js'
import type { ActionDialect } from '../../traces/schema/index.js'
import { createPolicy, isPolicyName, POLICY_NAMES, type PolicySettings } from '../agents/create-policy.js'
import type { Policy } from '../agents/policy.js'
import type { OptionSpec } from './define-command.js'
import type { CliIo } from './io.js'

/** The flags every command that runs a policy shares (predict, run). */
export const POLICY_OPTIONS = {
  policy: { type: 'string' },
  model: { type: 'string' },
  'base-url': { type: 'string' },
  dialect: { type: 'string' },
  temperature: { type: 'string' },
  'max-tokens': { type: 'string' },
  logprobs: { type: 'string' },
  timeout: { type: 'string' },
  history: { type: 'string' },
  'token-budget': { type: 'string' },
  image: { type: 'boolean', default: false },
  seed: { type: 'string' },
} as const satisfies OptionSpec

export const POLICY_OPTION_HELP = {
  policy: `${POLICY_NAMES.join(' | ')}`,
  model: 'model name for --policy openai (or SHOPSIM_MODEL)',
  'base-url':
    'OpenAI-compatible base URL (or SHOPSIM_BASE_URL / OPENAI_BASE_URL; default OpenAI). The key is read from SHOPSIM_API_KEY or OPENAI_API_KEY only, so it never shows in a process list',
  dialect: 'how input actions are spelled for the model: input (default) or type_and_submit (Shop-R1)',
  temperature: 'sampling temperature (default: the server default)',
  'max-tokens': 'completion token limit',
  logprobs: 'ask for the top K logprobs per token (for the rationale self-certainty reward)',
  timeout: 'seconds before a model request is abandoned and retried (default 60)',
  history: 'previous steps shown to the model (default all)',
  'token-budget':
    'prompt token budget; older pages, then off-screen elements, then the page tail are cut (default 24000)',
  image: 'send each step screenshot to the model (multimodal)',
  seed: 'seed of the policy and persona draws (default 0)',
} as const

const number = (
  flag: string,
  text: unknown,
  check: (n: number) => boolean,
  rule: string,
): number | undefined => {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isFinite(n) || !check(n))
    throw new ShopsimError('E_USAGE', `--${flag} must be ${rule}, not ${text}`)
  return n
}
const wholeAtLeast = (min: number) => (n: number) => Number.isInteger(n) && n >= min

export interface PolicyFromFlags {
  policy: Policy
  /** What was chosen, for run.json: never the API key. */
  describe: Record<string, unknown>
  seed: number
}

/** Builds the policy the flags name; usage errors are ShopsimError E_USAGE, endpoint errors E_MODEL_CONFIG. */
export function policyFromFlags(
  values: Record<string, unknown>,
  io: CliIo,
  extra: Pick<PolicySettings, 'concurrency' | 'maxSteps'> = {},
): PolicyFromFlags {
  const name = values.policy
  if (typeof name !== 'string' || !isPolicyName(name))
    throw new ShopsimError('E_USAGE', `--policy must be one of ${POLICY_NAMES.join(', ')}`)
  const dialect = values.dialect ?? 'input'
  if (dialect !== 'input' && dialect !== 'type_and_submit')
    throw new ShopsimError('E_USAGE', `--dialect must be input or type_and_submit, not ${String(dialect)}`)
  const seed = number('seed', values.seed, wholeAtLeast(0), 'a whole number >= 0') ?? 0
  const history = number('history', values.history, wholeAtLeast(0), 'a whole number >= 0')
  const tokenBudget = number('token-budget', values['token-budget'], wholeAtLeast(1), 'a whole number >= 1')
  const temperature = number('temperature', values.temperature, (n) => n >= 0 && n <= 2, 'from 0 to 2')
  const maxTokens = number('max-tokens', values['max-tokens'], wholeAtLeast(1), 'a whole number >= 1')
  const topLogprobs = number(
    'logprobs',
    values.logprobs,
    (n) => Number.isInteger(n) && n >= 0 && n <= 20,
    'from 0 to 20',
  )
  const timeout = number('timeout', values.timeout, (n) => n > 0, 'a number of seconds > 0')
  const settings: PolicySettings = {
    seed,
    dialect: dialect as ActionDialect,
    image: values.image === true,
    endpoint: {
      flags: {
        ...(typeof values.model === 'string' && { model: values.model }),
        ...(typeof values['base-url'] === 'string' && { baseUrl: values['base-url'] }),
      },
      env: io.env,
    },
    prompt: {
      ...(history !== undefined && { historyWindow: history }),
      ...(tokenBudget !== undefined && { tokenBudget }),
    },
    ...(temperature !== undefined && { temperature }),
    ...(maxTokens !== undefined && { maxTokens }),
    ...(topLogprobs !== undefined && { topLogprobs }),
    ...(timeout !== undefined && { timeoutMs: timeout * 1000 }),
    ...extra,
  }
  const policy = createPolicy(name, settings)
  const describe = {
    policy: policy.name,
    ...(policy.model !== undefined && { model: policy.model }),
    dialect,
    ...(history !== undefined && { history }),
    ...(tokenBudget !== undefined && { tokenBudget }),
    ...(temperature !== undefined && { temperature }),
    ...(topLogprobs !== undefined && { logprobs: topLogprobs }),
  }
  return { policy, describe, seed }
}

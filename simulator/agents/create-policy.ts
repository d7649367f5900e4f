import type { ActionDialect } from '../../traces/schema/index.js'
import type { PromptOptions } from '../prompts/index.js'
import { createHeuristicPolicy } from './heuristic/index.js'
import { createOpenAIPolicy, type EndpointSources, resolveEndpoint } from './openai/index.js'
import { createOraclePolicy } from './oracle.js'
import type { Policy } from './policy.js'
import { createRandomPolicy } from './random.js'

export const POLICY_NAMES = ['openai', 'heuristic', 'oracle', 'random'] as const
export type PolicyName = (typeof POLICY_NAMES)[number]

export function isPolicyName(name: string): name is PolicyName {
  return (POLICY_NAMES as readonly string[]).includes(name)
}

/** What any command needs to build a policy by name; fields a policy does not use are ignored. */
export interface PolicySettings {
  seed?: number
  /** Where the model is: flags, environment and config file, in that order of precedence. */
  endpoint?: EndpointSources
  dialect?: ActionDialect
  image?: boolean
  prompt?: Omit<PromptOptions, 'dialect' | 'image'>
  temperature?: number
  maxTokens?: number
  /** Top-k logprobs per token (for the rationale self-certainty); 0 or absent asks for none. */
  topLogprobs?: number
  timeoutMs?: number
  maxAttempts?: number
  /** Requests in flight at once (openai). */
  concurrency?: number
  maxSteps?: number
}

const BUILDERS = {
  openai: (settings) => {
    const endpoint = resolveEndpoint(settings.endpoint ?? {})
    return createOpenAIPolicy({
      ...endpoint,
      ...(settings.dialect !== undefined && { dialect: settings.dialect }),
      ...(settings.image !== undefined && { image: settings.image }),
      ...(settings.prompt !== undefined && { prompt: settings.prompt }),
      ...(settings.temperature !== undefined && { temperature: settings.temperature }),
      ...(settings.maxTokens !== undefined && { maxTokens: settings.maxTokens }),
      ...(settings.topLogprobs !== undefined &&
        settings.topLogprobs > 0 && { logprobs: true, topLogprobs: settings.topLogprobs }),
      ...(settings.timeoutMs !== undefined && { timeoutMs: settings.timeoutMs }),
      ...(settings.maxAttempts !== undefined && { maxAttempts: settings.maxAttempts }),
      ...(settings.concurrency !== undefined && { concurrency: settings.concurrency }),
    })
  },
  heuristic: (settings) =>
    createHeuristicPolicy({
      ...(settings.seed !== undefined && { seed: settings.seed }),
      ...(settings.maxSteps !== undefined && { maxSteps: settings.maxSteps }),
    }),
  oracle: () => createOraclePolicy(),
  random: (settings) => createRandomPolicy(settings.seed === undefined ? {} : { seed: settings.seed }),
} satisfies Record<PolicyName, (settings: PolicySettings) => Policy>

/** Builds a policy by name: `openai` (any OpenAI-compatible endpoint), `heuristic`, `oracle`, `random`. */
export function createPolicy(name: PolicyName, settings: PolicySettings = {}): Policy {
  return BUILDERS[name](settings)
}

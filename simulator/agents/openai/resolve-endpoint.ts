import { ShopsimError } from '../../../traces/errors.js'
import { displayUrl } from './redact.js'

/** Where the model is: what `--base-url`, `--api-key` and `--model` (or a config file) give. */
export interface EndpointSettings {
  baseUrl?: string
  apiKey?: string
  model?: string
}

export interface Endpoint {
  baseUrl: string
  /** Absent for local servers that need none (vLLM, Ollama). */
  apiKey?: string
  model: string
}

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1'

export interface EndpointSources {
  flags?: EndpointSettings
  /** The environment to read (the CLI passes its io.env); nothing is read when absent. */
  env?: Readonly<Record<string, string | undefined>>
  config?: EndpointSettings
}

const nonEmpty = (...values: (string | undefined)[]): string | undefined =>
  values.map((value) => value?.trim()).find((value) => value !== undefined && value !== '')

/**
 * Flags, then the environment (`SHOPSIM_BASE_URL` / `OPENAI_BASE_URL`, `SHOPSIM_API_KEY` / `OPENAI_API_KEY`,
 * `SHOPSIM_MODEL`), then the config object; the base URL defaults to OpenAI's.
 */
export function resolveEndpoint({ flags = {}, env = {}, config = {} }: EndpointSources): Endpoint {
  const baseUrl =
    nonEmpty(flags.baseUrl, env.SHOPSIM_BASE_URL, env.OPENAI_BASE_URL, config.baseUrl) ?? DEFAULT_BASE_URL
  const apiKey = nonEmpty(flags.apiKey, env.SHOPSIM_API_KEY, env.OPENAI_API_KEY, config.apiKey)
  const model = nonEmpty(flags.model, env.SHOPSIM_MODEL, config.model)
  if (model === undefined) {
    throw new ShopsimError(
      'E_MODEL_CONFIG',
      'no model is named',
      'pass --model (e.g. gpt-4o-mini, or the name your vLLM / Ollama server serves) or set SHOPSIM_MODEL',
    )
  }
  let protocol: string
  try {
    protocol = new URL(baseUrl).protocol
  } catch {
    protocol = 'invalid'
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new ShopsimError(
      'E_MODEL_CONFIG',
      `the base URL is not an http(s) URL: ${protocol === 'invalid' ? baseUrl.slice(0, 200) : displayUrl(baseUrl)}`,
      'pass --base-url like http://127.0.0.1:8000/v1 (vLLM) or http://127.0.0.1:11434/v1 (Ollama)',
    )
  }
  return apiKey === undefined ? { baseUrl, model } : { baseUrl, apiKey, model }
}

export { type BackoffOptions, backoffDelayMs, DEFAULT_BACKOFF, retryAfterMs } from './backoff.js'
export type { SamplingOptions } from './chat-request-body.js'
export { type PolicyClock, systemClock } from './clock.js'
export {
  createOpenAIPolicy,
  type OpenAIPolicy,
  type OpenAIPolicyOptions,
  type PromptRenderer,
} from './create-openai-policy.js'
export {
  DEFAULT_BASE_URL,
  type Endpoint,
  type EndpointSettings,
  type EndpointSources,
  resolveEndpoint,
} from './resolve-endpoint.js'
export { outputJsonSchema, type ResponseMode } from './response-mode.js'
export type { UsageTotals } from './usage-totals.js'

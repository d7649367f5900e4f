import type OpenAI from 'openai'
import type { ActionDialect } from '../../../traces/schema/index.js'
import type { ChatMessage } from '../../prompts/index.js'
import { type ResponseMode, responseFormatFor } from './response-mode.js'

export type ChatBody = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming

export interface SamplingOptions {
  temperature?: number
  maxTokens?: number
  /** Which field carries maxTokens: `max_tokens` (vLLM, Ollama, most servers) or OpenAI's newer name. */
  maxTokensField?: 'max_tokens' | 'max_completion_tokens'
  /** Ask for token log-probabilities (for self-certainty). */
  logprobs?: boolean
  /** Alternatives per token, 0-20; implies `logprobs`. */
  topLogprobs?: number
  /** Send the context's seed, which OpenAI, vLLM and Ollama use for reproducible sampling (default true). */
  sendSeed?: boolean
}

/** Our renderer's messages in the SDK's types: only user messages may carry images there. */
function toSdkMessage(message: ChatMessage): OpenAI.Chat.ChatCompletionMessageParam {
  if (message.role === 'user') return { role: 'user', content: message.content }
  const content =
    typeof message.content === 'string'
      ? message.content
      : message.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n')
  return { role: message.role, content }
}

export interface ChatBodyInput {
  model: string
  messages: readonly ChatMessage[]
  mode: ResponseMode
  dialect: ActionDialect
  sampling: SamplingOptions
  seed: number
}

export function chatRequestBody({ model, messages, mode, dialect, sampling, seed }: ChatBodyInput): ChatBody {
  const body: ChatBody = { model, messages: messages.map(toSdkMessage) }
  if (sampling.temperature !== undefined) body.temperature = sampling.temperature
  if (sampling.maxTokens !== undefined) body[sampling.maxTokensField ?? 'max_tokens'] = sampling.maxTokens
  if (sampling.logprobs || sampling.topLogprobs !== undefined) {
    body.logprobs = true
    if (sampling.topLogprobs !== undefined) body.top_logprobs = sampling.topLogprobs
  }
  if (sampling.sendSeed ?? true) body.seed = seed
  const responseFormat = responseFormatFor(mode, dialect)
  if (responseFormat) body.response_format = responseFormat
  return body
}

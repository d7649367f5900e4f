import type { ActionDialect } from '../../traces/schema/index.js'

export type ContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } }

/** An OpenAI-compatible chat message; exporters map it to their framework's shape. */
export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string | ContentPart[] }

export interface ImageOptions {
  /** Largest width × height sent; larger screenshots are scaled down keeping their aspect ratio. */
  maxPixels?: number
  format?: 'png' | 'jpeg' | 'webp'
  /** JPEG / WebP quality, 1-100. */
  quality?: number
}

export interface PromptOptions {
  /** How `input` actions are spelled, in the system prompt and the history (default `input`). */
  dialect?: ActionDialect
  /** How many previous steps are shown, the most recent ones (default all). */
  historyWindow?: number
  /** How many of the most recent shown steps also show their page HTML (default 0). */
  historyPages?: number
  /** Estimated tokens the whole prompt may take before the context budget cuts (default 24,000). */
  tokenBudget?: number
  /** Attach `context.screenshot` as an image part, encoded with these options; off by default. */
  image?: ImageOptions | false
}

export interface RenderedPrompt {
  messages: ChatMessage[]
  /** What the context budget removed, in words, in the order it was removed. */
  cut: string[]
  /** `estimateTokens` of every text part, plus a per-message and a per-image allowance. */
  estimatedTokens: number
  image?: { width: number; height: number; bytes: number; mime: string }
}

export { actionJson, renderAction, renderAssistantTarget } from './action-json.js'
export { choosePersona } from './choose-persona.js'
export { type BudgetInput, fitToBudget } from './context-budget.js'
export { type EncodedImage, encodeImage, fitToPixels } from './encode-image.js'
export {
  CHARS_PER_TOKEN,
  estimateImageTokens,
  estimateTokens,
  PIXELS_PER_IMAGE_TOKEN,
  TOKENS_PER_MESSAGE,
} from './estimate-tokens.js'
export { type PrunedHtml, pruneOutsideViewport } from './prune-outside-viewport.js'
export { renderPersona, TRANSCRIPT_CHAR_LIMIT } from './render-persona.js'
export { renderPrompt } from './render-prompt.js'
export {
  DEFAULT_IMAGE_FORMAT,
  DEFAULT_IMAGE_QUALITY,
  DEFAULT_MAX_PIXELS,
  DEFAULT_TOKEN_BUDGET,
  type ResolvedImageOptions,
  type ResolvedPromptOptions,
  resolveImageOptions,
  resolvePromptOptions,
} from './resolve-options.js'
export { systemPrompt } from './system-prompt.js'
export { type TruncatedHtml, truncateHtml } from './truncate-html.js'
export type { ChatMessage, ContentPart, ImageOptions, PromptOptions, RenderedPrompt } from './types.js'
export { type HistoryEntry, renderUserText, type UserMessageParts } from './user-message.js'

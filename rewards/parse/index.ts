export {
  type CompletionShape,
  type Dialect,
  type ParsedCompletion,
  type ParseMode,
  parseCompletion,
  parseCompletionShape,
  type RawAction,
} from './parse-completion.js'
export { type GoldAction, parseGold } from './parse-gold.js'

import type { CoreAction } from '../../traces/schema/action.js'
import { defineReward, resolveOptions } from '../define-reward.js'
import { parseCompletion } from '../parse/parse-completion.js'
import type { GoldAction } from '../parse/parse-gold.js'
import { rougeL } from '../rouge-l.js'

/** Open in the papers ("similar meaning"); ROUGE-L >= 0.75 on the typed text by default. */
export const DEFAULT_TEXT_THRESHOLD = 0.75

/**
 * OPeRA's next-action exact match: same type; a click needs the same target (its click subtype follows
 * from the name); an input needs the same field and text with ROUGE-L >= the threshold; terminate by type.
 */
export function exactMatch(
  pred: CoreAction | undefined,
  gold: GoldAction,
  options?: { textThreshold?: number },
): boolean {
  if (pred === undefined || pred.type !== gold.type) return false
  if (pred.type === 'terminate') return true
  if (pred.name !== gold.name) return false
  if (pred.type === 'click') return true
  const threshold = options?.textThreshold ?? DEFAULT_TEXT_THRESHOLD
  return rougeL(pred.text, gold.text ?? '') >= threshold
}

export interface ExactOptions {
  textThreshold: number
  parseMode: 'strict' | 'lenient'
}

/** Binary reward: 1 for an exact match of the parsed action, else 0. */
const EXACT_DEFAULTS: ExactOptions = { textThreshold: DEFAULT_TEXT_THRESHOLD, parseMode: 'strict' }

export const exactReward = defineReward<ExactOptions>({
  name: 'exact',
  defaults: EXACT_DEFAULTS,
  score(input, options) {
    const opts = resolveOptions(EXACT_DEFAULTS, options)
    const parsed = parseCompletion(input.completion, opts.parseMode)
    const matched = parsed.ok && exactMatch(parsed.action, input.gold, { textThreshold: opts.textThreshold })
    return {
      reward: 'exact',
      total: matched ? 1 : 0,
      components: { exact: matched ? 1 : 0 },
      absent: [],
      flags: parsed.ok ? [] : ['invalid-format'],
      options: { ...opts },
      exactMatch: matched,
    }
  },
})

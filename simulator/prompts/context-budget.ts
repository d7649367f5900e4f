import type { Element } from '../../traces/schema/index.js'
import { CHARS_PER_TOKEN, estimateTokens } from './estimate-tokens.js'
import { pruneOutsideViewport } from './prune-outside-viewport.js'
import { truncateHtml } from './truncate-html.js'
import type { UserMessageParts } from './user-message.js'

const count = (n: number): string => n.toLocaleString('en-US')

export interface BudgetInput {
  parts: UserMessageParts
  /** The current page's element table, when a browser produced one. */
  elements: readonly Element[] | undefined
  tokenBudget: number
  /** Estimated tokens of the whole prompt for these parts. */
  measure: (parts: UserMessageParts) => number
}

/**
 * Brings the prompt under the token budget, cheapest information first: earlier pages' HTML (oldest
 * first), then the current page's elements outside the viewport, then the end of the current page. The
 * system prompt, the persona and the action history lines are never cut; when they alone exceed the
 * budget, the prompt stays over it. Returns the parts and, in words, what was cut.
 */
export function fitToBudget(input: BudgetInput): { parts: UserMessageParts; cut: string[] } {
  const { tokenBudget, measure } = input
  const cut: string[] = []
  let parts = input.parts
  const over = () => measure(parts) > tokenBudget

  for (const [i, entry] of parts.history.entries()) {
    if (!over()) return { parts, cut }
    if (entry.html === undefined) continue
    const { html, ...withoutHtml } = entry
    const history = parts.history.with(i, withoutHtml)
    parts = { ...parts, history }
    cut.push(`history step ${entry.index} page html (${count(estimateTokens(html))} tokens)`)
  }

  if (over() && input.elements !== undefined && input.elements.length > 0) {
    const pruned = pruneOutsideViewport(parts.html, input.elements)
    if (pruned.removed > 0) {
      parts = { ...parts, html: pruned.html }
      cut.push(`current page: ${count(pruned.removed)} elements outside the viewport`)
    }
  }

  const original = parts.html
  let excess = measure(parts) - tokenBudget
  let cutChars = 0
  while (excess > 0 && parts.html.length > 0) {
    // One token of excess is at most CHARS_PER_TOKEN characters of HTML; re-measure for rounding.
    const maxChars = Math.max(0, parts.html.length - excess * CHARS_PER_TOKEN)
    const truncated = truncateHtml(original, maxChars)
    if (truncated.html.length >= parts.html.length) {
      // The marker alone does not fit: drop the page entirely.
      parts = { ...parts, html: '' }
      cutChars = original.length
      break
    }
    parts = { ...parts, html: truncated.html }
    cutChars = truncated.cutChars
    excess = measure(parts) - tokenBudget
  }
  if (cutChars > 0) cut.push(`current page: truncated ${count(cutChars)} characters`)
  return { parts, cut }
}

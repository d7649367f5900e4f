/**
 * Splits a selector list on its top-level commas (not those inside `(...)`, `[...]` or quotes), so each
 * part can be scoped on its own.
 */
export function splitSelectorList(selector: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote: string | undefined
  let start = 0
  for (let i = 0; i < selector.length; i++) {
    const char = selector[i]
    if (quote !== undefined) {
      if (char === '\\') i++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") quote = char
    else if (char === '\\') i++
    else if (char === '(' || char === '[') depth++
    else if (char === ')' || char === ']') depth--
    else if (char === ',' && depth === 0) {
      parts.push(selector.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(selector.slice(start).trim())
  return parts.filter((part) => part !== '')
}

/**
 * Recipe selectors are relative to the parent match: `querySelectorAll` alone would let ancestors outside
 * the parent satisfy `a b`, so every part gets a `:scope` prefix (`> li` becomes `:scope > li`).
 * Cheerio's `find` is already relative and only needs the prefix before a leading combinator.
 */
export function scopeSelector(selector: string, backend: 'dom' | 'cheerio'): string {
  return splitSelectorList(selector)
    .map((part) => {
      if (/^[>+~]/.test(part)) return `:scope ${part}`
      return backend === 'dom' ? `:scope ${part}` : part
    })
    .join(', ')
}

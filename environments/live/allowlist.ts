/**
 * Which URLs a live agent may load. Entries are origins (`http://127.0.0.1:8080`) or host patterns
 * (`*.amazon.com`); `data:`, `about:` and `blob:` stay in the page and are always allowed.
 */
export function allowlistMatcher(entries: readonly string[]): (url: string) => boolean {
  const origins = new Set<string>()
  const hostSuffixes: string[] = []
  for (const entry of entries) {
    if (entry.startsWith('*.')) hostSuffixes.push(entry.slice(1).toLowerCase())
    else origins.add(new URL(entry).origin)
  }
  return (url: string) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (parsed.protocol === 'data:' || parsed.protocol === 'about:' || parsed.protocol === 'blob:')
      return true
    if (origins.has(parsed.origin)) return true
    const host = parsed.hostname.toLowerCase()
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      hostSuffixes.some((suffix) => host.endsWith(suffix) || `.${host}` === suffix)
    )
  }
}

/**
 * A regular expression matching every URL that is not certainly allowed: all URLs except those under a listed
 * origin. Routing with it (rather than `**\/*`) lets Playwright continue the store's own requests inside the
 * browser driver, without a round trip through the route handler for each image and stylesheet; the handler
 * still decides, with allowlistMatcher, everything the expression lets through (host patterns, data: URLs).
 */
export function notCertainlyAllowedPattern(entries: readonly string[]): RegExp {
  const origins = entries
    .filter((entry) => !entry.startsWith('*.'))
    .map((entry) => new URL(entry).origin)
    .filter((origin) => origin !== 'null')
    .map(escapeRegExp)
  if (origins.length === 0) return /^/
  return new RegExp(`^(?!(?:${origins.join('|')})(?:[/?#]|$))`)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

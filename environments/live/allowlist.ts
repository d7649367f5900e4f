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

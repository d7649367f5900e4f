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
 * Chromium proxy-bypass rules under which exactly the allowlist connects directly: each origin as
 * scheme://host:port, each `*.host` pattern as the host and its subdomains over http and https. A browser
 * context given these, and a proxy that refuses every connection, can reach nothing else: not from the page,
 * a popup, a frame of another site or a worker, and without stopping each request on its way. Playwright
 * adds `<-loopback>`, so other ports on this machine go to the proxy too.
 */
export function directConnectionRules(entries: readonly string[]): string[] {
  const rules: string[] = []
  for (const entry of entries) {
    if (entry.startsWith('*.')) {
      const host = entry.slice(2).toLowerCase()
      for (const scheme of ['http', 'https']) rules.push(`${scheme}://${host}`, `${scheme}://*.${host}`)
      continue
    }
    const url = new URL(entry)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue
    const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port
    rules.push(`${url.protocol}//${url.hostname}:${port}`)
  }
  return rules
}

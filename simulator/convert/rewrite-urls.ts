/** How a run's URLs become dataset URLs. */
export interface UrlRules {
  /** The origin the run shopped at, and the one to write in its place. */
  origin?: { from: string; to: string }
  /** Replace every query string by `URL_MASKED`, as OPeRA does. */
  maskQueries: boolean
}

const ABSOLUTE = /^https?:\/\//

/** One absolute http(s) URL under the rules; anything else is returned as it is. */
export function rewriteUrl(url: string, rules: UrlRules): string {
  if (!ABSOLUTE.test(url)) return url
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  const origin =
    rules.origin !== undefined && parsed.origin === rules.origin.from ? rules.origin.to : parsed.origin
  const query = parsed.search === '' ? '' : rules.maskQueries ? '?URL_MASKED' : parsed.search
  return `${origin}${parsed.pathname}${query}${parsed.hash}`
}

/** Every URL string inside a JSON value (page_meta, element_meta), rewritten; the value is copied. */
export function rewriteUrlsIn(value: unknown, rules: UrlRules): unknown {
  if (typeof value === 'string') return rewriteUrl(value, rules)
  if (Array.isArray(value)) return value.map((item) => rewriteUrlsIn(item, rules))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteUrlsIn(item, rules)]))
  return value
}

/**
 * The origin in simplified HTML. Only the origin changes: OPeRA's pages keep their links' queries, and the
 * store's links are relative anyway.
 */
export function rewriteHtmlOrigin(html: string, rules: UrlRules): string {
  return rules.origin === undefined ? html : html.replaceAll(rules.origin.from, rules.origin.to)
}

export interface TruncatedHtml {
  html: string
  /** Characters of the original page left out. */
  cutChars: number
}

function marker(cutChars: number): string {
  return `<!-- the rest of this page, ${cutChars.toLocaleString('en-US')} characters, was cut to fit the context -->`
}

/**
 * Keeps the start of the page, cut just before a tag so no tag or attribute is split, and ends it with a
 * comment saying how much was cut. The result, marker included, is at most `maxChars` long when
 * `maxChars` can hold the marker at all; otherwise it is the marker alone.
 */
export function truncateHtml(html: string, maxChars: number): TruncatedHtml {
  if (html.length <= maxChars) return { html, cutChars: 0 }
  // The marker for the longest possible cut is the longest marker, so the limit holds whatever is kept.
  const limit = maxChars - marker(html.length).length
  const boundary = limit > 0 ? html.lastIndexOf('<', limit) : -1
  const kept = Math.max(boundary, 0)
  const cutChars = html.length - kept
  return { html: `${html.slice(0, kept)}${marker(cutChars)}`, cutChars }
}

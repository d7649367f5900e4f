/** Parses /etc/os-release (KEY=value lines, values optionally quoted). */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim())
    if (!match?.[1]) continue
    fields[match[1]] = (match[2] ?? '').replace(/^(["'])(.*)\1$/, '$2')
  }
  return fields
}

export type AptChromiumPackage = 'chromium' | 'chromium-browser'

/**
 * The apt package that provides Chromium on this distribution, or undefined when it is not Debian-like.
 * Ubuntu (and derivatives) call it chromium-browser; Debian (and derivatives) call it chromium.
 */
export function aptChromiumPackage(osRelease: Record<string, string>): AptChromiumPackage | undefined {
  const ids = [osRelease.ID ?? '', ...(osRelease.ID_LIKE ?? '').split(/\s+/)].filter((id) => id !== '')
  if (ids.includes('ubuntu')) return 'chromium-browser'
  if (ids.includes('debian')) return 'chromium'
  return undefined
}

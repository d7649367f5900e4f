/** Removes a secret (an API key) from text bound for an error message, wherever the server echoed it. */
export function redactSecret(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text
  return text.split(secret).join('[redacted]')
}

/** A URL without its user:password part, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString().replace(/\/$/, '')
  } catch {
    return '[invalid URL]'
  }
}

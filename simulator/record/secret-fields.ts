/**
 * Runs INSIDE the page (serialised with toString; self-contained). A field whose text must never enter a
 * trace: passwords, one-time codes and payment-card fields, told by type, autocomplete hints and names.
 */
export function isSecretField(element: Element): boolean {
  if (!(element instanceof HTMLInputElement) && !(element instanceof HTMLTextAreaElement)) return false
  if (element instanceof HTMLInputElement && element.type === 'password') return true
  const autocomplete = (element.getAttribute('autocomplete') ?? '').toLowerCase()
  if (
    /\b(cc-number|cc-csc|cc-exp|cc-exp-month|cc-exp-year|current-password|new-password|one-time-code)\b/.test(
      autocomplete,
    )
  )
    return true
  const words = [
    element.name,
    element.id,
    element.getAttribute('aria-label') ?? '',
    element.getAttribute('placeholder') ?? '',
  ]
    .join(' ')
    .toLowerCase()
  return /card.?number|credit.?card|cc.?num|\bcvv|\bcvc|\bcsc\b|security.?code|passw|passcode|\bpin\b/.test(
    words,
  )
}

/** A secret field that holds text now: its own name on the page (when marked) and its value. */
export interface SecretValue {
  name: string | null
  value: string
}

/**
 * Runs INSIDE the page: every secret field holding text, so the recorder can scrub the text from an
 * observation (kept in memory only, never written).
 */
export function secretValuesInPage(input: {
  isSecret: (element: Element) => boolean
  attribute: string
}): SecretValue[] {
  const found: SecretValue[] = []
  for (const field of Array.from(document.querySelectorAll('input, textarea'))) {
    const value = (field as HTMLInputElement | HTMLTextAreaElement).value
    if (value !== '' && input.isSecret(field))
      found.push({ name: field.getAttribute(input.attribute), value })
  }
  return found
}

/** The first amount in a text such as "$1,299.99" or "Price: $3.99"; a number passes through. */
export function parsePrice(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  if (typeof value !== 'string') return undefined
  const match = /\$\s*(\d[\d,]*(?:\.\d+)?)/.exec(value) ?? /^\s*(\d[\d,]*(?:\.\d+)?)\s*$/.exec(value)
  if (!match?.[1]) return undefined
  const amount = Number(match[1].replace(/,/g, ''))
  return Number.isFinite(amount) ? amount : undefined
}

/** "4.5 out of 5 stars" -> 4.5. */
export function parseRating(value: unknown): number | undefined {
  if (typeof value === 'number') return value >= 0 && value <= 5 ? value : undefined
  if (typeof value !== 'string') return undefined
  const match = /(\d(?:\.\d)?)\s*out of\s*5/.exec(value) ?? /^\s*(\d(?:\.\d)?)\s*$/.exec(value)
  const rating = match?.[1] ? Number(match[1]) : Number.NaN
  return rating >= 0 && rating <= 5 ? rating : undefined
}

export function formatPrice(amount: number): string {
  return Number.isInteger(amount) ? `$${amount}` : `$${amount.toFixed(2)}`
}

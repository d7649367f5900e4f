/** A positive integer flag value, or the default when the flag was not given. */
export function positiveInt(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${flag} needs a positive integer, got ${JSON.stringify(value)}`)
  return n
}

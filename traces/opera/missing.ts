/** OPeRA writes a missing value as null, "" or the string "nan"; all three mean absent. */
export function presentString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const text = typeof value === 'string' ? value : String(value)
  if (text === '' || text === 'nan') return undefined
  return text
}

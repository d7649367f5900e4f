/**
 * JSON as Python's `json.dumps` writes it by default (`", "` and `": "` separators, non-ASCII escaped as
 * `\uXXXX`). OPeRA's JSON columns were written that way, so ours match them byte for byte.
 */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return asciiOnly(JSON.stringify(value))
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN'
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries.map(([k, v]) => `${asciiOnly(JSON.stringify(k))}: ${pythonJson(v)}`).join(', ')}}`
  }
  return 'null'
}

function asciiOnly(json: string): string {
  // Each UTF-16 code unit above 0x7e becomes \uXXXX; surrogate pairs come out as two escapes, as in Python.
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

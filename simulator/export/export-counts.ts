import type { Counters, ExportExample } from '../../traces/export/index.js'

/** What each written example adds to its chunk's counters (kept with the chunk, so a resume keeps them). */
export function exampleCounters(example: ExportExample): Counters {
  return {
    examples: 1,
    [`action.${example.groundTruth.type}`]: 1,
    [`rationale.${example.rationaleSource}`]: 1,
    [`screenshot.${example.screenshot}`]: 1,
    ...(example.cut.length > 0 && { cutPrompts: 1 }),
    ...(example.prediction !== undefined && { predicted: 1 }),
  }
}

/** `{"action.click": 3, "examples": 4}` to `{action: {click: 3}, examples: 4}`, keys sorted. */
export function nestCounters(counters: Readonly<Counters>): Record<string, unknown> {
  const nested: Record<string, unknown> = {}
  for (const key of Object.keys(counters).sort()) {
    const value = counters[key] as number
    const dot = key.indexOf('.')
    if (dot === -1) {
      nested[key] = value
      continue
    }
    const group = key.slice(0, dot)
    const inner = (nested[group] ?? {}) as Record<string, number>
    inner[key.slice(dot + 1)] = value
    nested[group] = inner
  }
  return nested
}

/**
 * Finds a JSON object in model output that is not strictly JSON: code fences, prose around the object,
 * trailing commas. For analysis only; the format reward always uses the strict parse.
 */
export function parseLenientJson(text: string): unknown {
  const unfenced = stripFence(text)
  const start = unfenced.indexOf('{')
  const end = unfenced.lastIndexOf('}')
  if (start < 0 || end <= start) return undefined
  const candidate = unfenced.slice(start, end + 1)
  return tryJson(candidate) ?? tryJson(candidate.replace(/,(\s*[}\]])/g, '$1'))
}

function stripFence(text: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text)
  return fenced?.[1] ?? text
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

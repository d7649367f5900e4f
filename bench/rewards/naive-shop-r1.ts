import type { GoldAction } from '../../rewards/parse/parse-gold.js'

/**
 * The floor: Shop-R1 written the obvious way, re-parsing the JSON for each component, re-tokenising each
 * time and allocating the full (m+1)×(n+1) LCS table per comparison. Same totals as rewards/shop-r1.
 */
export function naiveShopR1(completion: string, gold: GoldAction): number {
  if (!formatOk(completion)) return 0
  let total = 0.5
  const type = canonical(parse(completion).action.type)
  if (type !== gold.type) return total
  total += 0.3
  const name = parse(completion).action.name
  const text = parse(completion).action.text
  if (type === 'click' && typeof name === 'string' && name.trim() !== '') {
    total += 0.2 + 1000 * gate(rouge(name, gold.name ?? ''))
  }
  if (type === 'input') {
    if (typeof name === 'string' && name.trim() !== '')
      total += 0.1 + 0.1 * gate(rouge(name, gold.name ?? ''))
    if (typeof text === 'string' && text.trim() !== '')
      total += 0.1 + 1000 * gate(rouge(text, gold.text ?? ''))
  }
  return total
}

// biome-ignore lint/suspicious/noExplicitAny: the naive version does what naive code does.
const parse = (text: string): any => JSON.parse(text)
const canonical = (type: unknown): unknown => (type === 'type_and_submit' ? 'input' : type)
const gate = (value: number): number => (value >= 0.75 ? value : 0)

function formatOk(text: string): boolean {
  try {
    const value = parse(text)
    const keys = Object.keys(value).sort().join(',')
    const action = parse(text).action
    return (
      keys === 'action,rationale' &&
      typeof parse(text).rationale === 'string' &&
      action !== null &&
      typeof action === 'object' &&
      !Array.isArray(action)
    )
  } catch {
    return false
  }
}

function rouge(a: string, b: string): number {
  const x = a
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  const y = b
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  if (x.length === 0 || y.length === 0) return 0
  const table: number[][] = []
  for (let i = 0; i <= x.length; i++) table.push(new Array<number>(y.length + 1).fill(0))
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const row = table[i] as number[]
      const above = table[i - 1] as number[]
      row[j] =
        x[i - 1] === y[j - 1]
          ? (above[j - 1] as number) + 1
          : Math.max(above[j] as number, row[j - 1] as number)
    }
  }
  const lcs = (table[x.length] as number[])[y.length] as number
  return (2 * lcs) / (x.length + y.length)
}

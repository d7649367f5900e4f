/** Counts or shares per category; categories missing on one side count as 0 there. */
export type Weights = Readonly<Record<string, number>>

function normalise(weights: Weights, keys: readonly string[]): number[] | undefined {
  const total = keys.reduce((sum, key) => sum + (weights[key] ?? 0), 0)
  return total > 0 ? keys.map((key) => (weights[key] ?? 0) / total) : undefined
}

/** Kullback-Leibler divergence in bits, 0·log 0 taken as 0. */
function klBits(p: readonly number[], m: readonly number[]): number {
  return p.reduce((sum, pi, i) => (pi > 0 ? sum + pi * Math.log2(pi / (m[i] ?? 0)) : sum), 0)
}

/**
 * Jensen-Shannon distance in base 2: the square root of the JS divergence, so it is a metric in [0, 1]
 * (0 for identical distributions, 1 for disjoint ones), as scipy's `jensenshannon(p, q, base=2)`.
 * Either side may be counts; each is normalised. Undefined when a side has nothing in it.
 */
export function jensenShannonDistance(p: Weights, q: Weights): number | undefined {
  const keys = [...new Set([...Object.keys(p), ...Object.keys(q)])]
  const pn = normalise(p, keys)
  const qn = normalise(q, keys)
  if (!pn || !qn) return undefined
  const m = pn.map((pi, i) => (pi + (qn[i] ?? 0)) / 2)
  const divergence = (klBits(pn, m) + klBits(qn, m)) / 2
  // Rounding can leave a hair below 0 or above 1.
  return Math.sqrt(Math.min(1, Math.max(0, divergence)))
}

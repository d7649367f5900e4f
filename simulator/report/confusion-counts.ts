/** Paired gold / predicted labels counted into a matrix, rows and columns in a canonical order. */
export class ConfusionCounts {
  readonly counts = new Map<string, Map<string, number>>()
  private total = 0

  add(gold: string, predicted: string): void {
    const row = this.counts.get(gold) ?? new Map<string, number>()
    row.set(predicted, (row.get(predicted) ?? 0) + 1)
    this.counts.set(gold, row)
    this.total++
  }

  get size(): number {
    return this.total
  }

  /** Gold labels present, canonical ones first in their order, then the rest alphabetically. */
  rows(canonical: readonly string[]): string[] {
    return ordered(this.counts.keys(), canonical)
  }

  /** Predicted labels present (and the gold ones, so the diagonal lines up), ordered like rows. */
  columns(canonical: readonly string[]): string[] {
    const seen = new Set<string>(this.counts.keys())
    for (const row of this.counts.values()) for (const label of row.keys()) seen.add(label)
    return ordered(seen, canonical)
  }
}

function ordered(labels: Iterable<string>, canonical: readonly string[]): string[] {
  const present = new Set(labels)
  const known = canonical.filter((label) => present.has(label))
  return [...known, ...[...present].filter((label) => !canonical.includes(label)).sort()]
}

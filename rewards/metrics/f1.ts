/** Per-class and averaged F1 from paired gold/predicted labels, the way scikit-learn defines them. */
export interface F1Summary {
  /** Mean of the per-class F1 over the classes present in gold or in the predictions. */
  macro: number
  /** Per-class F1 weighted by each class's gold support. */
  weighted: number
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>
}

/**
 * `labels` is the label set being scored. A predicted label outside it (a missing prediction, a
 * scroll) is a miss for the gold class and a false positive for no class, so it lowers recall only.
 * A class with no true positives gets F1 0 (scikit-learn's zero_division=0).
 */
export function f1Summary(
  pairs: readonly { gold: string; predicted: string }[],
  labels: readonly string[],
): F1Summary | undefined {
  if (pairs.length === 0) return undefined
  const inSet = new Set(labels)
  const tp = new Map<string, number>()
  const goldCount = new Map<string, number>()
  const predCount = new Map<string, number>()
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
  for (const { gold, predicted } of pairs) {
    if (inSet.has(gold)) bump(goldCount, gold)
    if (inSet.has(predicted)) bump(predCount, predicted)
    if (gold === predicted && inSet.has(gold)) bump(tp, gold)
  }
  const present = labels.filter((l) => (goldCount.get(l) ?? 0) > 0 || (predCount.get(l) ?? 0) > 0)
  const totalSupport = [...goldCount.values()].reduce((a, b) => a + b, 0)
  const perClass: F1Summary['perClass'] = {}
  let macroSum = 0
  let weightedSum = 0
  for (const label of present) {
    const t = tp.get(label) ?? 0
    const support = goldCount.get(label) ?? 0
    const predicted = predCount.get(label) ?? 0
    const precision = predicted === 0 ? 0 : t / predicted
    const recall = support === 0 ? 0 : t / support
    const f1 = t === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    perClass[label] = { precision, recall, f1, support }
    macroSum += f1
    weightedSum += f1 * support
  }
  return {
    macro: present.length === 0 ? 0 : macroSum / present.length,
    weighted: totalSupport === 0 ? 0 : weightedSum / totalSupport,
    perClass,
  }
}

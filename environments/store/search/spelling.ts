import { allowedEdits, editDistance } from './edit-distance.js'

/**
 * Corrects query terms the catalog does not know to the closest term it does (fewest typos, then the
 * most common), so "portble chargr" searches for "portable charger". Numbers are left alone.
 */
export class Speller {
  private readonly byLength = new Map<number, Array<[term: string, frequency: number]>>()

  constructor(private readonly vocabulary: ReadonlyMap<string, number>) {
    for (const [term, frequency] of vocabulary) {
      if (/\d/.test(term)) continue
      const list = this.byLength.get(term.length) ?? []
      list.push([term, frequency])
      this.byLength.set(term.length, list)
    }
  }

  correct(term: string): string {
    if (this.vocabulary.has(term) || /\d/.test(term)) return term
    const max = allowedEdits(term.length)
    let best: { term: string; distance: number; frequency: number } | undefined
    for (let length = term.length - max; length <= term.length + max; length++) {
      for (const [candidate, frequency] of this.byLength.get(length) ?? []) {
        const distance = editDistance(term, candidate, max)
        if (distance > max) continue
        if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency))
          best = { term: candidate, distance, frequency }
      }
    }
    return best?.term ?? term
  }
}

import type { Catalog } from '../catalog/catalog.js'
import { allowedEdits, editDistance } from './edit-distance.js'
import { stem, words } from './tokenize.js'

interface Phrase {
  text: string
  words: string[]
  /** How many products the phrase stands for; breaks ties towards what the store has most of. */
  weight: number
}

export const MAX_SUGGESTIONS = 8

/**
 * Search-box suggestions: product types, their other names, brands, "brand + type" and departments,
 * matched word by word with typos allowed (the last word may be unfinished), so "portble chargr"
 * suggests "portable charger".
 */
export class Suggester {
  private readonly phrases: Phrase[]
  private readonly phraseWords: string[]

  constructor(catalog: Catalog) {
    const weights = new Map<string, number>()
    const add = (text: string, weight = 1) => {
      const key = words(text).join(' ')
      if (key !== '') weights.set(key, (weights.get(key) ?? 0) + weight)
    }
    for (const product of catalog.products) {
      add(product.noun)
      for (const synonym of product.synonyms) add(synonym)
      add(product.brand)
      add(`${product.brand} ${product.noun}`)
    }
    for (const department of catalog.departments) add(department.name, department.productCount)
    this.phrases = [...weights].map(([text, weight]) => ({ text, words: text.split(' '), weight }))
    this.phraseWords = [...new Set(this.phrases.flatMap((p) => p.words))]
  }

  suggest(query: string, limit = MAX_SUGGESTIONS): string[] {
    const typed = words(query)
    if (typed.length === 0) return []
    const lastIsPartial = !/\s$/.test(query)
    const similarity = typed.map((word, i) =>
      this.similarities(word, lastIsPartial && i === typed.length - 1),
    )
    const scored: Array<{ text: string; score: number }> = []
    for (const phrase of this.phrases) {
      const score = alignedScore(phrase, similarity)
      if (score > 0)
        scored.push({
          text: phrase.text,
          score:
            score -
            0.04 * Math.max(0, phrase.words.length - typed.length) +
            0.01 * Math.log10(1 + phrase.weight),
        })
    }
    return scored
      .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text))
      .slice(0, limit)
      .map((s) => s.text)
  }

  /** Similarity (0..1) of one typed word to every word of every phrase, computed once per query. */
  private similarities(typed: string, partial: boolean): Map<string, number> {
    const result = new Map<string, number>()
    for (const word of this.phraseWords) {
      const value = wordSimilarity(typed, word, partial)
      if (value > 0) result.set(word, value)
    }
    return result
  }
}

function wordSimilarity(typed: string, word: string, partial: boolean): number {
  if (typed === word) return 1
  if (stem(typed) === stem(word)) return 0.95
  if (partial && word.startsWith(typed)) return 0.9
  const max = allowedEdits(typed.length)
  if (max === 0) return 0
  const whole = editDistance(typed, word, max)
  if (whole <= max) return 0.85 - 0.1 * whole
  if (partial && word.length > typed.length) {
    const prefix = editDistance(typed, word.slice(0, typed.length), max)
    if (prefix <= max) return 0.7 - 0.1 * prefix
  }
  return 0
}

/** Every typed word must match a different phrase word, in order; the score is the mean similarity. */
function alignedScore(phrase: Phrase, similarity: ReadonlyArray<Map<string, number>>): number {
  let total = 0
  let from = 0
  for (const perWord of similarity) {
    let found = -1
    let best = 0
    for (let j = from; j < phrase.words.length; j++) {
      const value = perWord.get(phrase.words[j] as string) ?? 0
      if (value > best) {
        best = value
        found = j
      }
    }
    if (found < 0) return 0
    total += best
    from = found + 1
  }
  return total / similarity.length
}

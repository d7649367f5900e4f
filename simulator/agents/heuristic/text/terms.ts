import { slugify } from '../../../../environments/simplify/slug.js'

/** Words that say nothing about which product is meant. */
const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'buy',
  'by',
  'for',
  'from',
  'get',
  'i',
  'in',
  'is',
  'it',
  'me',
  'my',
  'need',
  'new',
  'of',
  'on',
  'one',
  'or',
  'some',
  'than',
  'that',
  'the',
  'this',
  'to',
  'under',
  'up',
  'want',
  'with',
])

/** "Bottles" and "bottle" are the same want; short words keep their s ("gps", "bus"). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** The meaningful lowercase words of a text (or of a name's slug), singular, in order, without repeats. */
export function termsOf(text: string): string[] {
  const words = slugify(text)
    .split('_')
    .filter((w) => w !== '' && !STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map(singular)
  return [...new Set(words)]
}

/** A wanted word is found when a word of the text equals it or starts with it ("tail" in "taillight"). */
function found(term: string, words: readonly string[]): boolean {
  return words.some((w) => w === term || (term.length >= 4 && w.startsWith(term)))
}

/** Share of the wanted terms the text holds: 1 when nothing is wanted. */
export function coverage(wanted: readonly string[], text: string): number {
  if (wanted.length === 0) return 1
  const words = termsOf(text)
  return wanted.filter((t) => found(t, words)).length / wanted.length
}

/** Titles are long; a person thinks of a product by its first few words. */
export function shortTitle(title: string, words = 6): string {
  const head = title.split(/[,|(]/)[0] ?? title
  const cut = head.trim().split(/\s+/)
  return cut.length > words ? `${cut.slice(0, words).join(' ')}...` : head.trim()
}

/** Turns a name segment back into words ("water_bottle" -> "water bottle"). */
export function unslug(segment: string): string {
  return segment.replace(/_+/g, ' ').trim()
}

export { slugify }

/** Two product keys (title slugs) name the same product; carousels cut long titles, so a prefix counts. */
export function sameProduct(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.length >= 16 && long.startsWith(short)
}

/** Words that carry no meaning for matching ("for", "with"); dropped from queries and the index. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'])

/** Lower case, accents removed, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  // Catalog text is ASCII; only shoppers' queries may need the (slow) Unicode normalisation.
  const plain = /^[ -~\t\n\r]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  return plain
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
}

/**
 * A light stemmer: plurals fold onto the singular ("chargers" -> "charger", "boxes" -> "box"),
 * which is most of what shoppers vary in product searches.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

/** The terms a text is indexed and searched under. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem)
}

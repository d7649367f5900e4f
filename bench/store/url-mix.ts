import type { Catalog } from '../../environments/store/index.js'
import { SeededRandom } from '../../traces/seeded-random.js'

const SORTS = ['', '&s=price-asc-rank', '&s=review-rank', '&s=date-desc-rank']

/**
 * The requests of the benchmark: half search pages (product types, brands, misspellings, with sorts,
 * pages and a brand refinement now and then), half product pages (some with an option chosen).
 */
export function urlMix(
  catalog: Catalog,
  count: number,
  seed: number,
  /** How many result pages a plain search for these keywords has (the mix asks only for pages that exist). */
  pagesOf: (keywords: string) => number,
): string[] {
  const random = new SeededRandom(seed)
  const nouns = [...new Set(catalog.products.map((p) => p.noun.toLowerCase()))]
  const brands = [...new Set(catalog.products.map((p) => p.brand))]
  const typo = (word: string) => (word.length > 5 ? word.slice(0, 2) + word.slice(3) : word)
  const urls: string[] = []
  for (let i = 0; i < count; i++) {
    if (random.chance(0.5)) {
      const noun = random.pick(nouns)
      const query = random.chance(0.15) ? noun.split(' ').map(typo).join(' ') : noun
      const brand = random.chance(0.2) ? `&brand=${encodeURIComponent(random.pick(brands))}` : ''
      const page = brand === '' && random.chance(0.3) && pagesOf(query) >= 2 ? '&page=2' : ''
      urls.push(`/s?k=${encodeURIComponent(query)}${random.pick(SORTS)}${brand}${page}`)
    } else {
      const product = random.pick(catalog.products)
      const option = product.options[0]
      const value = option && random.chance(0.3) ? random.pick(option.values) : undefined
      urls.push(
        value && option
          ? `/dp/${product.asin}?${option.dimension}=${encodeURIComponent(value.label)}`
          : `/dp/${product.asin}`,
      )
    }
  }
  return urls
}

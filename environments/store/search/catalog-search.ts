import type { Catalog } from '../catalog/catalog.js'
import type { Product } from '../catalog/product.js'
import { computeFacets, type Facets } from './facets.js'
import { failedGroups } from './filters.js'
import { LruCache } from './lru-cache.js'
import { SearchIndex } from './search-index.js'
import { RESULTS_PER_PAGE, type SearchState } from './search-state.js'
import { sortProducts } from './sort.js'
import { Speller } from './spelling.js'
import { Suggester } from './suggest.js'
import { terms } from './tokenize.js'

export interface SearchPage {
  kind: 'results'
  state: SearchState
  /** The keywords actually searched when spelling correction changed them ("portable charger"). */
  correctedKeywords: string | undefined
  total: number
  totalPages: number
  items: Product[]
  facets: Facets
}

export type SearchOutcome = SearchPage | { kind: 'beyond-last-page'; totalPages: number }

interface Ranking {
  products: Product[]
  corrected: string | undefined
}

const CACHE_SIZE = 256

interface Refined {
  /** Products passing every refinement, in relevance order. */
  passing: Product[]
  facets: Facets
}

/** Search over one catalog: ranking, spelling correction, refinements, sorting, pages, suggestions. */
export class CatalogSearch {
  private readonly index: SearchIndex
  private readonly speller: Speller
  private readonly suggester: Suggester
  private readonly featured: Product[]
  // Shoppers page, sort and refine the same query, so its ranking and refinements are kept a while.
  private readonly rankings = new LruCache<string, Ranking>(CACHE_SIZE)
  private readonly refined = new LruCache<string, Refined>(CACHE_SIZE)
  private readonly suggestions = new LruCache<string, string[]>(CACHE_SIZE)

  constructor(private readonly catalog: Catalog) {
    this.index = new SearchIndex(catalog.products)
    this.speller = new Speller(this.index.vocabulary())
    this.suggester = new Suggester(catalog)
    this.featured = [...catalog.products].sort(
      (a, b) => b.monthlySales * b.rating - a.monthlySales * a.rating || a.index - b.index,
    )
  }

  suggest(query: string): string[] {
    return this.suggestions.getOrSet(query, () => this.suggester.suggest(query))
  }

  run(state: SearchState): SearchOutcome {
    const ranking = this.rank(state.keywords)
    // Sort and page do not change which products pass or what the refinement panel offers.
    const key = JSON.stringify({ ...state, keywords: state.keywords.trim().toLowerCase(), sort: '', page: 0 })
    const { passing, facets } = this.refined.getOrSet(key, () => {
      const masks = ranking.products.map((p) => failedGroups(p, state))
      return {
        passing: ranking.products.filter((_, i) => masks[i] === 0),
        facets: computeFacets(this.catalog, ranking.products, masks, state),
      }
    })
    const sorted = sortProducts(passing, state.sort)
    const totalPages = Math.max(1, Math.ceil(sorted.length / RESULTS_PER_PAGE))
    if (state.page > totalPages) return { kind: 'beyond-last-page', totalPages }
    const start = (state.page - 1) * RESULTS_PER_PAGE
    return {
      kind: 'results',
      state,
      correctedKeywords: ranking.corrected,
      total: sorted.length,
      totalPages,
      items: sorted.slice(start, start + RESULTS_PER_PAGE),
      facets,
    }
  }

  private rank(keywords: string): Ranking {
    const key = keywords.trim().toLowerCase()
    return this.rankings.getOrSet(key, () => this.computeRanking(key))
  }

  private computeRanking(keywords: string): Ranking {
    const queryTerms = terms(keywords)
    if (queryTerms.length === 0) return { products: this.featured, corrected: undefined }
    const exact = this.index.search(queryTerms)
    const correctedTerms = queryTerms.map((t) => this.speller.correct(t))
    const changed = correctedTerms.some((t, i) => t !== queryTerms[i])
    // A misspelt query falls back to its correction when the correction finds more terms in common.
    if (changed) {
      const corrected = this.index.search(correctedTerms)
      const bestExact = exact[0]?.coverage ?? 0
      if ((corrected[0]?.coverage ?? 0) > bestExact)
        return { products: corrected.map((m) => m.product), corrected: correctedTerms.join(' ') }
    }
    return { products: exact.map((m) => m.product), corrected: undefined }
  }
}

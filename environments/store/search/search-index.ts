import type { Product } from '../catalog/product.js'
import { terms } from './tokenize.js'

/** How much a query term counts when found in each field: title words matter most. */
export const FIELD_WEIGHTS = { title: 3, brand: 2.5, category: 1.5, bullets: 0.5 } as const
type Field = keyof typeof FIELD_WEIGHTS
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[]
const FIELD_BIT: Record<Field, number> = { title: 1, brand: 2, category: 4, bullets: 8 }

interface Posting {
  product: number
  /** Bit set of the fields the term occurs in (FIELD_BIT). */
  fields: number
}

export interface Match {
  product: Product
  /** How many distinct query terms the product has, in any field. */
  coverage: number
  /** How many of them are in its title. */
  titleCoverage: number
  /** The query's terms appear in the title in the query's order, side by side. */
  phrase: boolean
  score: number
}

/** An inverted index over the catalog: term -> products and the fields holding it. */
export class SearchIndex {
  private readonly postings = new Map<string, Posting[]>()
  private readonly titleTerms: string[]

  constructor(private readonly products: readonly Product[]) {
    this.titleTerms = products.map((p) => ` ${terms(p.title).join(' ')} `)
    for (const product of products) {
      const fieldsOf = new Map<string, number>()
      const texts: Record<Field, string> = {
        title: product.title,
        brand: product.brand,
        category: [product.noun, ...product.synonyms, product.department.replace(/-/g, ' ')].join(' '),
        bullets: product.bullets.join(' '),
      }
      for (const field of FIELDS)
        for (const term of terms(texts[field]))
          fieldsOf.set(term, (fieldsOf.get(term) ?? 0) | FIELD_BIT[field])
      for (const [term, fields] of fieldsOf) {
        const list = this.postings.get(term)
        if (list) list.push({ product: product.index, fields })
        else this.postings.set(term, [{ product: product.index, fields }])
      }
    }
  }

  /**
   * Every indexed term with how common it is, for spelling correction: a product naming it in its
   * title, brand or type counts ten times one that only mentions it in a bullet, so "chargr" becomes
   * the "charger" of titles, not the "charge" of bullet text.
   */
  vocabulary(): Map<string, number> {
    const named = FIELD_BIT.title | FIELD_BIT.brand | FIELD_BIT.category
    return new Map(
      [...this.postings].map(([term, list]) => [
        term,
        list.reduce((sum, posting) => sum + (posting.fields & named ? 10 : 1), 0),
      ]),
    )
  }

  has(term: string): boolean {
    return this.postings.has(term)
  }

  /**
   * Products holding at least half of the query's terms, best first: more terms matched, then the
   * query as a phrase in the title, then more terms in the title, then the field-weighted tf-idf score.
   */
  search(queryTerms: readonly string[]): Match[] {
    const unique = [...new Set(queryTerms)]
    const byProduct = new Map<number, { coverage: number; titleCoverage: number; score: number }>()
    for (const term of unique) {
      const list = this.postings.get(term)
      if (!list) continue
      const idf = Math.log(1 + this.products.length / list.length)
      for (const { product, fields } of list) {
        let weight = 0
        for (const field of FIELDS) if (fields & FIELD_BIT[field]) weight += FIELD_WEIGHTS[field]
        const entry = byProduct.get(product) ?? { coverage: 0, titleCoverage: 0, score: 0 }
        entry.coverage += 1
        if (fields & FIELD_BIT.title) entry.titleCoverage += 1
        entry.score += idf * weight
        byProduct.set(product, entry)
      }
    }
    const needed = Math.max(1, Math.ceil(unique.length / 2))
    const phrase = ` ${queryTerms.join(' ')} `
    const matches: Match[] = []
    for (const [index, entry] of byProduct) {
      if (entry.coverage < needed) continue
      const product = this.products[index] as Product
      matches.push({ product, ...entry, phrase: (this.titleTerms[index] ?? '').includes(phrase) })
    }
    return matches.sort(
      (a, b) =>
        b.coverage - a.coverage ||
        Number(b.phrase) - Number(a.phrase) ||
        b.titleCoverage - a.titleCoverage ||
        b.score - a.score ||
        b.product.monthlySales - a.product.monthlySales ||
        a.product.index - b.product.index,
    )
  }
}

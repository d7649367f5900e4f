import type { GlyphName } from '../images/glyphs.js'
import type { Product } from './product.js'

export interface Department {
  slug: string
  name: string
  glyph: GlyphName
  hue: number
  /** Head nouns of the product types it sells (suggested search terms). */
  nouns: string[]
  synonyms: string[]
  productCount: number
}

/** Everything the store sells; built once at start and never changed. */
export interface Catalog {
  seed: number
  products: readonly Product[]
  departments: readonly Department[]
  product(asin: string): Product | undefined
  department(slug: string): Department | undefined
  /** Wall-clock milliseconds the build took (reported by `shopsim store` and the benchmark). */
  buildMs: number
}

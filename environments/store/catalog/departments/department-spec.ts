import type { GlyphName } from '../../images/glyphs.js'

/** [label, price step in dollars] of a size or style value. */
export type PricedValue = readonly [label: string, deltaDollars: number]

/** One kind of product a department sells; every product is drawn from one of these. */
export interface ProductTypeSpec {
  /** Head noun in title case, e.g. "Portable Charger"; also a suggested search term. */
  noun: string
  /** Other names shoppers search for ("Power Bank"); titles use them too. */
  synonyms: readonly string[]
  /** Spec slots: a product takes one value from some of them ("20000mAh", "65W"). */
  specs: ReadonlyArray<readonly string[]>
  /** [title label, the rest of a sentence for the "About this item" bullet]. */
  features: ReadonlyArray<readonly [label: string, detail: string]>
  /** Closing title phrases ("for Travel and Camping"). */
  uses: readonly string[]
  /** Base price range in dollars. */
  price: readonly [min: number, max: number]
  colors?: readonly string[]
  sizes?: readonly PricedValue[]
  styles?: readonly PricedValue[]
  /** Title patterns (see make-title.ts); the department's, then the default ones otherwise. */
  titles?: readonly string[]
}

export interface DepartmentSpec {
  /** The `i=` value of search URLs. */
  slug: string
  name: string
  glyph: GlyphName
  /** Hue (0-360) of product images without a colour option. */
  hue: number
  brands: readonly string[]
  types: readonly ProductTypeSpec[]
  titles?: readonly string[]
}

/** Identity, so each department file is checked against the same shape. */
export function defineDepartment(spec: DepartmentSpec): DepartmentSpec {
  return spec
}

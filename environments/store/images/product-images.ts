import sharp from 'sharp'
import type { Catalog } from '../catalog/catalog.js'
import { ASIN_PATTERN } from '../catalog/make-asin.js'
import { defaultSelection } from '../catalog/pricing.js'
import { urlSlug } from '../catalog/slug.js'
import { IMAGE_SIZE, productImageSvg } from './product-image-svg.js'

/** Enough for every default picture of a 2,000-product catalog plus its colours, 2–15 KB each. */
const DEFAULT_MAX_ENTRIES = 4000

/**
 * Product pictures rendered with sharp on first request and kept in memory (most recently used
 * kept), never written to disk. Concurrent requests for one picture share one render.
 */
export class ProductImages {
  private readonly cache = new Map<string, Promise<Buffer>>()

  constructor(
    private readonly catalog: Catalog,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
  ) {}

  /**
   * The JPEG for `<asin>` or `<asin>-<colour slug>`, `size` pixels a side; undefined for a product or
   * colour the catalog does not have.
   */
  get(name: string, size: number = IMAGE_SIZE): Promise<Buffer> | undefined {
    const asin = name.slice(0, 10)
    const product = ASIN_PATTERN.test(asin) ? this.catalog.product(asin) : undefined
    if (!product) return undefined
    let color: string | undefined
    if (name.length > 10) {
      if (name[10] !== '-') return undefined
      const slug = name.slice(11)
      color = product.options
        .find((o) => o.dimension === 'color')
        ?.values.find((v) => urlSlug(v.label) === slug)?.label
      if (color === undefined) return undefined
    }
    const key = `${name}@${size}`
    const cached = this.cache.get(key)
    if (cached) {
      this.cache.delete(key)
      this.cache.set(key, cached)
      return cached
    }
    // The plain picture shows the colour a product page opens with.
    const shown = color ?? defaultSelection(product).color
    const svg = productImageSvg(product, this.catalog.department(product.department), shown, size)
    const rendered = sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
    rendered.catch(() => this.cache.delete(key))
    this.cache.set(key, rendered)
    if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value as string)
    return rendered
  }

  get size(): number {
    return this.cache.size
  }
}

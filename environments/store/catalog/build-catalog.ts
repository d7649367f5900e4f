import { mixSeed, SeededRandom } from '../../../traces/seeded-random.js'
import type { Catalog, Department } from './catalog.js'
import { DEPARTMENTS, type DepartmentSpec } from './departments/index.js'
import { makeAsin } from './make-asin.js'
import { makeBullets } from './make-bullets.js'
import { makeOptions } from './make-options.js'
import { makeRating } from './make-rating.js'
import { makeReviews } from './make-reviews.js'
import { makeTitle } from './make-title.js'
import { defaultSelection, listPriceOf, priceOf } from './pricing.js'
import type { Product, ProductOption } from './product.js'

export const DEFAULT_CATALOG_SIZE = 2000
const DAY_MS = 86_400_000
/** Release dates and review dates fall in this window, so a seed gives the same catalog on any day. */
const FIRST_RELEASE = Date.UTC(2019, 0, 1)
const LAST_RELEASE = Date.UTC(2025, 5, 30)
const LAST_REVIEW = '2025-10-31'

export interface BuildCatalogOptions {
  seed: number
  size?: number
  /** Measures the build; performance.now by default. */
  now?: () => number
}

/**
 * Builds the whole catalog from a seed. Product i draws from its own stream (seed, i), so it is the
 * same product in a catalog of any size, and the same seed always gives the same catalog.
 */
export function buildCatalog(options: BuildCatalogOptions): Catalog {
  const now = options.now ?? (() => performance.now())
  const started = now()
  const size = options.size ?? DEFAULT_CATALOG_SIZE
  const takenAsins = new Set<string>()
  const takenTitles = new Set<string>()
  const products: Product[] = []
  for (let index = 0; index < size; index++) {
    const spec = DEPARTMENTS[index % DEPARTMENTS.length] as DepartmentSpec
    const product = makeProduct(new SeededRandom(mixSeed(options.seed, index)), spec, index, {
      takenAsins,
      takenTitles,
    })
    takenAsins.add(product.asin)
    takenTitles.add(product.title)
    products.push(product)
  }
  const byAsin = new Map(products.map((p) => [p.asin, p]))
  const departments: Department[] = DEPARTMENTS.map((d) => ({
    slug: d.slug,
    name: d.name,
    glyph: d.glyph,
    hue: d.hue,
    nouns: d.types.map((t) => t.noun),
    synonyms: d.types.flatMap((t) => t.synonyms),
    productCount: products.filter((p) => p.department === d.slug).length,
  }))
  const bySlug = new Map(departments.map((d) => [d.slug, d]))
  return {
    seed: options.seed,
    products,
    departments,
    product: (asin) => byAsin.get(asin),
    department: (slug) => bySlug.get(slug),
    buildMs: now() - started,
  }
}

function makeProduct(
  random: SeededRandom,
  spec: DepartmentSpec,
  index: number,
  taken: { takenAsins: ReadonlySet<string>; takenTitles: ReadonlySet<string> },
): Product {
  const type = random.pick(spec.types)
  const brand = random.pick(spec.brands)
  const options = makeOptions(random, type)
  const specs = type.specs.map((slot) => random.pick(slot))
  matchSizeSpec(specs, options)
  let title = ''
  // Titles name products on a page (OPeRA ids embed them), so they are kept unique.
  for (let attempt = 0; attempt < 8 && (title === '' || taken.takenTitles.has(title)); attempt++) {
    const features = random.sample(type.features, 3).map(([label]) => label)
    title = makeTitle(random, { brand, type, department: spec, features: random.sample(features, 3), specs })
  }
  if (taken.takenTitles.has(title)) title = `${title} (Model ${index + 1})`

  const [minDollars, maxDollars] = type.price
  const dollars = Math.floor(minDollars + random.next() * (maxDollars - minDollars))
  const cents = random.pick([99, 99, 99, 95, 49, 0])
  const rating = makeRating(random)
  const release = FIRST_RELEASE + random.int(0, Math.round((LAST_RELEASE - FIRST_RELEASE) / DAY_MS)) * DAY_MS
  const releaseDate = new Date(release).toISOString().slice(0, 10)
  const prime = random.chance(0.7)
  const onDeal = random.chance(0.4)
  const discount = 1.15 + random.next() * 0.45

  const draft: Product = {
    asin: makeAsin(random, taken.takenAsins),
    index,
    department: spec.slug,
    noun: type.noun,
    synonyms: type.synonyms,
    brand,
    title,
    bullets: makeBullets(random, type, brand, specs),
    basePriceCents: Math.max(99, dollars * 100 + cents),
    priceCents: 0,
    listPriceCents: undefined,
    ...rating,
    reviews: [],
    options,
    prime,
    deliveryDays: prime ? random.int(1, 3) : random.int(3, 8),
    releaseDate,
    modelNumber: `${initials(brand)}-${random.int(1000, 9999)}${random.pick(['A', 'B', 'X', 'S', 'Pro'])}`,
    monthlySales: Math.round(rating.ratingsCount * (0.05 + random.next() * 0.45)),
  }
  draft.reviews = makeReviews(random, {
    type,
    brand,
    options,
    histogram: rating.histogram,
    ratingsCount: rating.ratingsCount,
    from: releaseDate,
    until: LAST_REVIEW,
  })
  const selection = defaultSelection(draft)
  draft.priceCents = priceOf(draft, selection)
  if (onDeal) draft.listPriceCents = Math.round((draft.priceCents * discount) / 100) * 100 - 1
  // listPriceOf keeps the dollar saving; a deal must still be a saving after rounding.
  if ((listPriceOf(draft, selection) ?? Number.POSITIVE_INFINITY) <= draft.priceCents)
    draft.listPriceCents = undefined
  return draft
}

/**
 * A spec naming a size ("5.8 Quart") must not contradict the size options ("4 Quart", "6 Quart"):
 * when they share a unit, the title names the size the page opens with.
 */
function matchSizeSpec(specs: string[], options: readonly ProductOption[]): void {
  const sizes = options.find((o) => o.dimension === 'size')?.values
  if (!sizes) return
  const unit = (text: string) => text.split(' ').at(-1)?.toLowerCase()
  const shown = sizes.find((v) => v.available) ?? sizes[0]
  specs.forEach((spec, i) => {
    if (shown && sizes.some((v) => unit(v.label) === unit(spec))) specs[i] = shown.label
  })
}

function initials(brand: string): string {
  return brand
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase())
    .join('')
}

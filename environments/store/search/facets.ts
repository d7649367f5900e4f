import type { Catalog } from '../catalog/catalog.js'
import { OPTION_DIMENSIONS, type OptionDimension, type Product } from '../catalog/product.js'
import { type FilterGroup, passesAllBut } from './filters.js'
import type { SearchState } from './search-state.js'

export interface FacetOption {
  label: string
  /** The query value that applies it (a department slug, a brand, "4" stars, an option label). */
  value: string
  count: number
  selected: boolean
}

export interface PriceBucket extends FacetOption {
  lowCents: number | undefined
  highCents: number | undefined
}

export interface Facets {
  departments: FacetOption[]
  brands: FacetOption[]
  ratings: FacetOption[]
  prices: PriceBucket[]
  options: Record<OptionDimension, FacetOption[]>
  prime: FacetOption
}

const MAX_LISTED = 12
const PRICE_BUCKETS: Array<[label: string, low: number | undefined, high: number | undefined]> = [
  ['Up to $25', undefined, 2500],
  ['$25 to $50', 2500, 5000],
  ['$50 to $100', 5000, 10000],
  ['$100 to $200', 10000, 20000],
  ['$200 & above', 20000, undefined],
]

/**
 * The options each refinement group offers, counted over the results of every *other* refinement,
 * so choosing one brand still lists the other brands (amazon's multi-select behaviour).
 */
export function computeFacets(
  catalog: Catalog,
  candidates: readonly Product[],
  masks: readonly number[],
  state: SearchState,
): Facets {
  const countBy = (group: FilterGroup, keys: (p: Product) => readonly string[]) => {
    const counts = new Map<string, number>()
    candidates.forEach((product, i) => {
      if (!passesAllBut(masks[i] ?? 0, group)) return
      for (const key of keys(product)) counts.set(key, (counts.get(key) ?? 0) + 1)
    })
    return counts
  }
  const listed = (counts: Map<string, number>, selected: readonly string[]) => {
    const top = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_LISTED)
      .map(([value]) => value)
    for (const value of selected) if (!top.includes(value)) top.push(value)
    return top.map((value) => ({
      label: value,
      value,
      count: counts.get(value) ?? 0,
      selected: selected.includes(value),
    }))
  }

  const departmentCounts = countBy('department', (p) => [p.department])
  const departments = catalog.departments
    .filter((d) => (departmentCounts.get(d.slug) ?? 0) > 0 || d.slug === state.department)
    .map((d) => ({
      label: d.name,
      value: d.slug,
      count: departmentCounts.get(d.slug) ?? 0,
      selected: d.slug === state.department,
    }))

  const ratingCounts = countBy('rating', (p) => ['4', '3', '2', '1'].filter((r) => p.rating >= Number(r)))
  const ratings = ['4', '3', '2', '1']
    .filter((r) => (ratingCounts.get(r) ?? 0) > 0)
    .map((r) => ({
      label: `${r} Star${r === '1' ? '' : 's'} & Up`,
      value: r,
      count: ratingCounts.get(r) ?? 0,
      selected: state.minRating === Number(r),
    }))

  const priceCounts = countBy('price', (p) =>
    PRICE_BUCKETS.filter(([, low, high]) => inRange(p.priceCents, low, high)).map(([label]) => label),
  )
  const prices = PRICE_BUCKETS.filter(([label]) => (priceCounts.get(label) ?? 0) > 0).map(
    ([label, low, high]) => ({
      label,
      value: label,
      count: priceCounts.get(label) ?? 0,
      selected: state.lowPriceCents === low && state.highPriceCents === high,
      lowCents: low,
      highCents: high,
    }),
  )

  const options = Object.fromEntries(
    OPTION_DIMENSIONS.map((dimension) => [
      dimension,
      listed(
        countBy(
          dimension,
          (p) => p.options.find((o) => o.dimension === dimension)?.values.map((v) => v.label) ?? [],
        ),
        state.options[dimension],
      ),
    ]),
  ) as Record<OptionDimension, FacetOption[]>

  const primeCount = countBy('prime', (p) => (p.prime ? ['prime'] : [])).get('prime') ?? 0
  return {
    departments,
    brands: listed(
      countBy('brand', (p) => [p.brand]),
      state.brands,
    ),
    ratings,
    prices,
    options,
    prime: { label: 'Prime Delivery', value: '1', count: primeCount, selected: state.prime },
  }
}

function inRange(cents: number, low: number | undefined, high: number | undefined): boolean {
  return (low === undefined || cents >= low) && (high === undefined || cents < high)
}

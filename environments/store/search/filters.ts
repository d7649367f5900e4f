import type { OptionDimension, Product } from '../catalog/product.js'
import type { SearchState } from './search-state.js'

/** The refinement groups of the side panel; each one can be applied or left out independently. */
export const FILTER_GROUPS = [
  'department',
  'brand',
  'rating',
  'price',
  'color',
  'size',
  'style',
  'prime',
] as const
export type FilterGroup = (typeof FILTER_GROUPS)[number]

const GROUP_BIT = Object.fromEntries(FILTER_GROUPS.map((g, i) => [g, 1 << i])) as Record<FilterGroup, number>

function hasOptionValue(product: Product, dimension: OptionDimension, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true
  const option = product.options.find((o) => o.dimension === dimension)
  return option?.values.some((v) => wanted.includes(v.label)) ?? false
}

/** Whether a product passes one group's refinement (a group that is not set passes everything). */
const PASSES = {
  department: (p, s) => s.department === undefined || p.department === s.department,
  brand: (p, s) => s.brands.length === 0 || s.brands.includes(p.brand),
  rating: (p, s) => s.minRating === undefined || p.rating >= s.minRating,
  price: (p, s) =>
    (s.lowPriceCents === undefined || p.priceCents >= s.lowPriceCents) &&
    (s.highPriceCents === undefined || p.priceCents <= s.highPriceCents),
  color: (p, s) => hasOptionValue(p, 'color', s.options.color),
  size: (p, s) => hasOptionValue(p, 'size', s.options.size),
  style: (p, s) => hasOptionValue(p, 'style', s.options.style),
  prime: (p, s) => !s.prime || p.prime,
} satisfies Record<FilterGroup, (product: Product, state: SearchState) => boolean>

/** Per product, the bit set of the groups it fails; 0 means it passes every refinement. */
export function failedGroups(product: Product, state: SearchState): number {
  let mask = 0
  for (const group of FILTER_GROUPS) if (!PASSES[group](product, state)) mask |= GROUP_BIT[group]
  return mask
}

/** Passes every refinement except, possibly, the given group's (what that group's options count over). */
export function passesAllBut(mask: number, group: FilterGroup): boolean {
  return (mask & ~GROUP_BIT[group]) === 0
}

import type { SeededRandom } from '../../../traces/seeded-random.js'
import type { PricedValue, ProductTypeSpec } from './departments/index.js'
import type { OptionValue, ProductOption } from './product.js'

/** Colours, sizes and styles a product offers; some cost more and some are out of stock. */
export function makeOptions(random: SeededRandom, type: ProductTypeSpec): ProductOption[] {
  const options: ProductOption[] = []
  if (type.colors && random.chance(0.75)) {
    const colors = random.sample(type.colors, random.int(2, Math.min(6, type.colors.length)))
    const premium = random.chance(0.2)
    options.push({
      dimension: 'color',
      values: withStock(
        random,
        colors.map((label, i) => ({
          label,
          priceDeltaCents: premium && i > 0 && random.chance(0.4) ? random.int(1, 3) * 100 : 0,
          available: true,
        })),
      ),
    })
  }
  if (type.sizes && random.chance(0.85)) options.push(priced(random, 'size', type.sizes))
  if (type.styles && random.chance(0.7)) options.push(priced(random, 'style', type.styles))
  return options
}

/** A run of consecutive values (sizes read in order: no Small-then-XX-Large gaps). */
function priced(
  random: SeededRandom,
  dimension: 'size' | 'style',
  spec: readonly PricedValue[],
): ProductOption {
  const count = random.int(Math.min(2, spec.length), spec.length)
  const start = random.int(0, spec.length - count)
  const first = spec[start]?.[1] ?? 0
  const values = spec.slice(start, start + count).map(([label, delta]) => ({
    label,
    priceDeltaCents: Math.round((delta - first) * 100),
    available: true,
  }))
  return { dimension, values: withStock(random, values) }
}

/** About one value in ten is out of stock, but never all of them. */
function withStock(random: SeededRandom, values: OptionValue[]): OptionValue[] {
  const marked = values.map((value) => ({ ...value, available: !random.chance(0.1) }))
  if (marked.every((value) => !value.available) && marked[0]) marked[0].available = true
  return marked
}

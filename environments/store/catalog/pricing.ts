import {
  DIMENSION_LABELS,
  type OptionDimension,
  type OptionSelection,
  type OptionValue,
  type Product,
} from './product.js'

/** The value of each dimension shown when the shopper has chosen nothing: the first in stock. */
export function defaultSelection(product: Product): OptionSelection {
  const selection: OptionSelection = {}
  for (const option of product.options) {
    const value = option.values.find((v) => v.available) ?? option.values[0]
    if (value) selection[option.dimension] = value.label
  }
  return selection
}

/** Fills the dimensions the shopper did not choose with their defaults. */
export function completeSelection(product: Product, chosen: OptionSelection): OptionSelection {
  return { ...defaultSelection(product), ...chosen }
}

export function selectedValue(
  product: Product,
  dimension: OptionDimension,
  selection: OptionSelection,
): OptionValue | undefined {
  const label = selection[dimension]
  return product.options.find((o) => o.dimension === dimension)?.values.find((v) => v.label === label)
}

function deltaCents(product: Product, selection: OptionSelection): number {
  return product.options.reduce(
    (sum, option) => sum + (selectedValue(product, option.dimension, selection)?.priceDeltaCents ?? 0),
    0,
  )
}

/** The price of a complete selection, in cents. */
export function priceOf(product: Product, selection: OptionSelection): number {
  return Math.max(99, product.basePriceCents + deltaCents(product, selection))
}

/** The list price of a selection keeps the default selection's saving in dollars. */
export function listPriceOf(product: Product, selection: OptionSelection): number | undefined {
  if (product.listPriceCents === undefined) return undefined
  return product.listPriceCents + priceOf(product, selection) - product.priceCents
}

/** Whether every chosen value is in stock. */
export function isAvailable(product: Product, selection: OptionSelection): boolean {
  return product.options.every(
    (option) => selectedValue(product, option.dimension, selection)?.available !== false,
  )
}

/** "Color: Black, Size: Large" in the order of the product's options. */
export function describeSelection(product: Product, selection: OptionSelection): string {
  return product.options
    .map((option) => {
      const label = selection[option.dimension]
      return label === undefined ? '' : `${DIMENSION_LABELS[option.dimension]}: ${label}`
    })
    .filter(Boolean)
    .join(', ')
}

import type { PricedValue } from './department-spec.js'

export const TECH_COLORS = ['Black', 'White', 'Space Gray', 'Midnight Blue', 'Rose Pink', 'Sage Green']
export const HOME_COLORS = [
  'White',
  'Charcoal Gray',
  'Beige',
  'Navy Blue',
  'Sage Green',
  'Terracotta',
  'Black',
]
export const APPAREL_COLORS = [
  'Black',
  'Heather Gray',
  'Navy Blue',
  'Olive Green',
  'Burgundy',
  'Light Blue',
  'White',
  'Mustard Yellow',
]
export const BRIGHT_COLORS = ['Red', 'Blue', 'Yellow', 'Green', 'Purple', 'Orange', 'Pink']
export const OUTDOOR_COLORS = ['Forest Green', 'Black', 'Orange', 'Slate Blue', 'Khaki', 'Red']
export const NATURAL_COLORS = ['Natural', 'Walnut Brown', 'Black', 'White', 'Gray']

export const APPAREL_SIZES: PricedValue[] = [
  ['X-Small', 0],
  ['Small', 0],
  ['Medium', 0],
  ['Large', 0],
  ['X-Large', 1],
  ['XX-Large', 2],
]
export const SHOE_SIZES: PricedValue[] = [
  ['7', 0],
  ['8', 0],
  ['9', 0],
  ['10', 0],
  ['11', 0],
  ['12', 3],
]
export const PACK_SIZES: PricedValue[] = [
  ['Pack of 1', 0],
  ['Pack of 2', 9],
  ['Pack of 3', 17],
  ['Pack of 6', 32],
]
export const COUNT_SIZES: PricedValue[] = [
  ['30 Count', 0],
  ['60 Count', 8],
  ['120 Count', 17],
  ['240 Count', 31],
]

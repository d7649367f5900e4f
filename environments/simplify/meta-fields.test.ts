import { describe, expect, it } from 'vitest'
import { parseMetaValue } from './meta-fields.js'

describe('parseMetaValue', () => {
  const base = 'https://www.amazon.com/s?k=tent'
  it('parses prices, numbers, integers, urls and slugs', () => {
    expect(parseMetaValue('$1,234.56', { parse: 'price' }, base)).toBe(1234.56)
    expect(parseMetaValue('$35.99 List Price: $45.99', { parse: 'price' }, base)).toBe(35.99)
    expect(parseMetaValue('4.5 out of 5 stars', { parse: 'number' }, base)).toBe(4.5)
    expect(parseMetaValue('(2,727)', { parse: 'integer' }, base)).toBe(2727)
    expect(parseMetaValue('/dp/B0CVCV33BG?th=1', { parse: 'url' }, base)).toBe(
      'https://www.amazon.com/dp/B0CVCV33BG?th=1',
    )
    expect(parseMetaValue('/dp/X', { parse: 'url' }, undefined)).toBe('/dp/X')
    expect(parseMetaValue('Size:', { parse: 'slug' }, base)).toBe('size')
    expect(parseMetaValue('  two\n words ', {}, base)).toBe('two words')
  })

  it('keeps missing values missing and parses every value of a list', () => {
    expect(parseMetaValue(null, { parse: 'price' }, base)).toBeNull()
    expect(parseMetaValue('no digits', { parse: 'price' }, base)).toBeNull()
    expect(parseMetaValue(['$1', '$2.50'], { parse: 'price', many: true }, base)).toEqual([1, 2.5])
  })
})

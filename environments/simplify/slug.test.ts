import { describe, expect, it } from 'vitest'
import { collapseWhitespace, joinName, slugify } from './slug.js'

describe('slugify', () => {
  it('follows the OPeRA example', () => {
    expect(slugify('Dolphin $6.99 $6.99')).toBe('dolphin_6_99_6_99')
  })

  it('lowercases, turns every run of non-word characters into one _ and trims _ at both ends', () => {
    expect(slugify('  --Hello,   World!!  ')).toBe('hello_world')
    expect(slugify('4.5 out of 5 stars')).toBe('4_5_out_of_5_stars')
    expect(slugify('already_snake_case')).toBe('already_snake_case')
    expect(slugify('__x__')).toBe('x')
  })

  it('treats letters outside ASCII as separators, as JavaScript `\\w` does', () => {
    expect(slugify('Crème Brûlée – 2×')).toBe('cr_me_br_l_e_2')
    expect(slugify('エレコム(ELECOM)')).toBe('elecom')
    expect(slugify('Café™ 😀 Tea')).toBe('caf_tea')
  })

  it('gives an empty slug for empty or symbol-only text', () => {
    expect(slugify('')).toBe('')
    expect(slugify('   ')).toBe('')
    expect(slugify('$ - $ ™')).toBe('')
  })

  it('never cuts long titles (OPeRA ids reach 310 characters)', () => {
    const title = `${'Ultra Portable Charger 20000mAh '.repeat(12)}End`
    const slug = slugify(title)
    expect(slug.length).toBeGreaterThan(310)
    expect(slug.endsWith('_end')).toBe(true)
  })
})

describe('joinName', () => {
  it('joins with dots and starts a new path under an empty prefix', () => {
    expect(joinName('nav_bar', 'search_input')).toBe('nav_bar.search_input')
    expect(joinName('', 'check_out')).toBe('check_out')
  })
})

describe('collapseWhitespace', () => {
  it('turns whitespace runs into one space and trims', () => {
    expect(collapseWhitespace('\n  Add \t to\n\ncart  ')).toBe('Add to cart')
  })
})

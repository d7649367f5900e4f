import { describe, expect, it } from 'vitest'
import { SeededRandom } from '../traces/seeded-random.js'
import { lcsLength, lcsLengthBitParallel, rougeL, tokenize } from './rouge-l.js'

const words = (count: number, prefix: string): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`)

describe('tokenize', () => {
  it('lowercases and splits on every run of characters other than [a-z0-9]', () => {
    expect(tokenize('refinements.customer_reviews')).toEqual(['refinements', 'customer', 'reviews'])
    expect(tokenize('  Noise--Cancelling  Héadphones! ')).toEqual(['noise', 'cancelling', 'h', 'adphones'])
    expect(tokenize('...')).toEqual([])
  })
})

describe('lcsLength', () => {
  it('matches hand-worked cases', () => {
    // a b c b d a b vs b d c a b a: the textbook LCS has length 4 (b c b a).
    expect(lcsLength('abcbdab'.split(''), 'bdcaba'.split(''))).toBe(4)
    expect(lcsLength(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(1)
    expect(lcsLength([], ['a'])).toBe(0)
    expect(lcsLength(['x', 'y'], ['x', 'y'])).toBe(2)
  })

  it('gives the same answer whichever side is longer, and after a longer call reused the rows', () => {
    expect(lcsLength(words(200, 't'), words(150, 't'))).toBe(150)
    expect(lcsLength(['a', 'c', 'e'], ['a', 'b', 'c', 'd', 'e'])).toBe(3)
  })
})

describe('rougeL', () => {
  it('is the F-measure of the token LCS', () => {
    expect(rougeL('refinements.customer_reviews', 'Refinements customer reviews')).toBe(1)
    // LCS 3 of lengths 5 and 3: P = 3/5, R = 1, F = 2·0.6·1 / 1.6 = 0.75.
    expect(rougeL('a b c d e', 'a c e')).toBeCloseTo(0.75, 12)
    // nav bar cart button vs go to cart: LCS 1 of 4 and 3, F = 2/7.
    expect(rougeL('nav_bar.cart_button', 'go_to_cart')).toBeCloseTo(2 / 7, 12)
    expect(rougeL('', 'a')).toBe(0)
    expect(rougeL('a', 'b')).toBe(0)
  })

  it('reaches 0.76 and 0.74 with the constructed sequences the threshold tests use', () => {
    // 25 tokens each sharing the first 19: F = 19/25 = 0.76. 50 sharing 37: F = 37/50 = 0.74.
    const a25 = words(25, 'w')
    const b25 = [...a25.slice(0, 19), ...words(6, 'z')]
    expect(rougeL(a25.join(' '), b25.join(' '))).toBeCloseTo(0.76, 12)
    const a50 = words(50, 'w')
    const b50 = [...a50.slice(0, 37), ...words(13, 'z')]
    expect(rougeL(a50.join(' '), b50.join(' '))).toBeCloseTo(0.74, 12)
  })
})

describe('lcsLengthBitParallel', () => {
  it('agrees with the two-row DP on random sequences, across word boundaries', () => {
    const random = new SeededRandom(7)
    for (let trial = 0; trial < 500; trial++) {
      const alphabet = ['a', 'b', 'c', 'd', 'e', 'f'].slice(0, random.int(1, 6))
      const a = Array.from({ length: random.int(0, 80) }, () => random.pick(alphabet))
      const b = Array.from({ length: random.int(0, 80) }, () => random.pick(alphabet))
      expect(lcsLengthBitParallel(a, b), `${a.join('')} / ${b.join('')}`).toBe(lcsLength(a, b))
    }
  })
})

describe('rougeL edge cases', () => {
  it('lowercases non-ASCII the way toLowerCase does (the Kelvin sign becomes k)', () => {
    expect(rougeL('\u212Aey lock', 'key lock')).toBe(1)
    expect(rougeL('CAFÉ au lait', 'café AU lait')).toBe(1)
  })

  it('stays right after the shared token table fills up and is cleared', () => {
    const gold = 'bike tail light usb'
    const wrong: number[] = []
    for (let i = 0; i < 70_000; i++) if (rougeL(`bike tail light unique${i}`, gold) !== 0.75) wrong.push(i)
    expect(wrong).toEqual([])
  })
})

describe('rougeL on near-copies (shared ends trimmed before the LCS)', () => {
  // Reference: tokenise the whole strings and run the two-row DP, with no trimming.
  const reference = (a: string, b: string): number => {
    const x = tokenize(a)
    const y = tokenize(b)
    return x.length === 0 || y.length === 0 ? 0 : (2 * lcsLength(x, y)) / (x.length + y.length)
  }
  const pieces = ['ab', 'AB', 'c', '1', '_', '.', ' ', '-', '\u212A', 'é', 'İ', '\u0010', 'x9', '__']

  it('agrees with whole-string tokenising on random edits of a shared text', () => {
    const random = new SeededRandom(11)
    for (let trial = 0; trial < 3000; trial++) {
      const base = Array.from({ length: random.int(0, 14) }, () => random.pick(pieces))
      const edited = base
        .filter(() => !random.chance(0.2))
        .map((piece) => (random.chance(0.1) ? random.pick(pieces) : piece))
      if (random.chance(0.3)) edited.push(random.pick(pieces))
      const a = base.join('')
      const b = edited.join('')
      expect(rougeL(a, b), JSON.stringify([a, b])).toBeCloseTo(reference(a, b), 12)
    }
  })

  it('counts the shared prefix and suffix tokens exactly', () => {
    // tokens: search results a b c add (6) vs search results a c add (5): LCS 5 -> 10 / 11
    expect(rougeL('search_results.a_b_c.add', 'search_results.a_c.add')).toBeCloseTo(10 / 11, 12)
    // One is a prefix of the other, cut mid-token: 'foo_bar' vs 'foo_barbaz' share only foo.
    expect(rougeL('foo_bar', 'foo_barbaz')).toBeCloseTo(0.5, 12)
  })
})

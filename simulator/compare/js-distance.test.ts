import { describe, expect, it } from 'vitest'
import { jensenShannonDistance } from './js-distance.js'

describe('jensenShannonDistance (base 2)', () => {
  it('is 0 for identical distributions, whatever their scale', () => {
    expect(jensenShannonDistance({ a: 1, b: 3 }, { a: 1, b: 3 })).toBe(0)
    expect(jensenShannonDistance({ a: 2, b: 6 }, { a: 0.25, b: 0.75 })).toBe(0)
  })

  it('is 1 for disjoint distributions', () => {
    expect(jensenShannonDistance({ a: 1 }, { b: 1 })).toBe(1)
    expect(jensenShannonDistance({ a: 5, b: 5 }, { c: 1, d: 9 })).toBe(1)
  })

  it('matches a worked example: P = (1/2, 1/2), Q = (1, 0)', () => {
    // M = (3/4, 1/4). KL(P||M) = 1/2 log2(2/3) + 1/2 log2(2) = 1 - 1/2 log2 3;
    // KL(Q||M) = log2(4/3) = 2 - log2 3. JSD = (3 - 3/2 log2 3) / 2 = 0.311278...; distance = 0.557923...
    const expected = Math.sqrt((3 - 1.5 * Math.log2(3)) / 2)
    expect(expected).toBeCloseTo(0.557923, 6)
    expect(jensenShannonDistance({ a: 1, b: 1 }, { a: 1 })).toBeCloseTo(expected, 12)
    expect(jensenShannonDistance({ a: 1 }, { a: 1, b: 1 })).toBeCloseTo(expected, 12)
  })

  it('matches a three-category example computed by hand', () => {
    // P = (0.5, 0.3, 0.2), Q = (0.2, 0.3, 0.5): M = (0.35, 0.3, 0.35).
    // KL(P||M) = 0.5 log2(0.5/0.35) + 0.2 log2(0.2/0.35) = 0.095816...; KL(Q||M) is the same by symmetry,
    // so JSD = 0.095816 and the distance is its square root, 0.309541...
    const kl = 0.5 * Math.log2(0.5 / 0.35) + 0.2 * Math.log2(0.2 / 0.35)
    expect(kl).toBeCloseTo(0.095816, 6)
    expect(jensenShannonDistance({ x: 5, y: 3, z: 2 }, { x: 2, y: 3, z: 5 })).toBeCloseTo(0.309541, 6)
  })

  it('is undefined when a side is empty', () => {
    expect(jensenShannonDistance({}, { a: 1 })).toBeUndefined()
    expect(jensenShannonDistance({ a: 0 }, { a: 1 })).toBeUndefined()
  })
})

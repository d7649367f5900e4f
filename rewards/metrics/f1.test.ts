import { describe, expect, it } from 'vitest'
import { f1Summary } from './f1.js'

const pairs = (spec: [gold: string, predicted: string, count: number][]) =>
  spec.flatMap(([gold, predicted, count]) => Array.from({ length: count }, () => ({ gold, predicted })))

describe('f1Summary', () => {
  it('matches a hand-computed confusion matrix over the action types', () => {
    // gold \ predicted   click input terminate none
    // click                3     1      0       0
    // input                1     1      0       0
    // terminate            0     0      1       1
    const summary = f1Summary(
      pairs([
        ['click', 'click', 3],
        ['click', 'input', 1],
        ['input', 'input', 1],
        ['input', 'click', 1],
        ['terminate', 'terminate', 1],
        ['terminate', 'none', 1],
      ]),
      ['click', 'input', 'terminate'],
    )
    // click:     tp 3, predicted 4, gold 4 -> P 3/4, R 3/4, F1 3/4
    // input:     tp 1, predicted 2, gold 2 -> P 1/2, R 1/2, F1 1/2
    // terminate: tp 1, predicted 1, gold 2 -> P 1,   R 1/2, F1 2*1*(1/2)/(3/2) = 2/3
    expect(summary?.perClass.click).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, support: 4 })
    expect(summary?.perClass.input?.f1).toBeCloseTo(0.5, 12)
    expect(summary?.perClass.terminate?.f1).toBeCloseTo(2 / 3, 12)
    // macro = (27/36 + 18/36 + 24/36) / 3 = 69/108 = 23/36
    expect(summary?.macro).toBeCloseTo(23 / 36, 12)
    // weighted = (4*3/4 + 2*1/2 + 2*2/3) / 8 = (3 + 1 + 4/3) / 8 = (16/3) / 8 = 2/3
    expect(summary?.weighted).toBeCloseTo(2 / 3, 12)
  })

  it('gives a predicted-only class F1 0 in the macro mean and no weight in the weighted one', () => {
    // gold \ predicted  a  b
    // a                 1  1
    // b: never gold, predicted once (from a)
    const summary = f1Summary(
      pairs([
        ['a', 'a', 1],
        ['a', 'b', 1],
      ]),
      ['a', 'b', 'c'],
    )
    // a: tp 1, predicted 1, gold 2 -> P 1, R 1/2, F1 2/3; b: tp 0 -> F1 0, support 0; c: absent everywhere
    expect(Object.keys(summary?.perClass ?? {})).toEqual(['a', 'b'])
    // macro = (2/3 + 0) / 2 = 1/3; weighted = (2 * 2/3 + 0 * 0) / 2 = 2/3
    expect(summary?.macro).toBeCloseTo(1 / 3, 12)
    expect(summary?.weighted).toBeCloseTo(2 / 3, 12)
  })

  it('is undefined for no pairs and 1 for a perfect prediction', () => {
    expect(f1Summary([], ['a'])).toBeUndefined()
    const perfect = f1Summary(
      pairs([
        ['a', 'a', 2],
        ['b', 'b', 3],
      ]),
      ['a', 'b'],
    )
    expect([perfect?.macro, perfect?.weighted]).toEqual([1, 1])
  })
})

import { describe, expect, it } from 'vitest'
import { percentile } from './bootstrap.js'
import { computeMetrics } from './compute-metrics.js'
import type { MetricRow } from './metric-row.js'

// u1/s1: an exact click, an exact input, then a missed purchase (the model clicks the nav bar instead).
// u2/s2: no usable prediction for a filter click, then an exact terminate.
const ROWS: MetricRow[] = [
  {
    sessionId: 's1',
    userId: 'u1',
    gold: { type: 'click', name: 'search_results.red_shoe.product_name', click_type: 'product_link' },
    predicted: { type: 'click', name: 'search_results.red_shoe.product_name' },
  },
  {
    sessionId: 's1',
    userId: 'u1',
    gold: { type: 'input', name: 'nav_bar.search_input', text: 'red shoes' },
    predicted: { type: 'input', name: 'nav_bar.search_input', text: 'red shoes' },
  },
  {
    sessionId: 's1',
    userId: 'u1',
    gold: { type: 'click', name: 'buybox.add_to_cart', click_type: 'purchase' },
    predicted: { type: 'click', name: 'nav_bar.cart' },
  },
  {
    sessionId: 's2',
    userId: 'u2',
    gold: { type: 'click', name: 'refinements.brand.nike', click_type: 'filter' },
  },
  { sessionId: 's2', userId: 'u2', gold: { type: 'terminate' }, predicted: { type: 'terminate' } },
]

describe('computeMetrics', () => {
  const report = computeMetrics(ROWS, { resamples: 200, seed: 7 })
  const value = (name: keyof typeof report.overall) => report.overall[name].value

  it('computes exact match overall and per gold action type', () => {
    expect(report.steps).toBe(5)
    expect(report.sessions).toBe(2)
    // 3 of 5 steps exact; clicks 1 of 3, input 1 of 1, terminate 1 of 1
    expect(value('exactMatch')).toBeCloseTo(3 / 5, 12)
    expect(value('exactMatchClick')).toBeCloseTo(1 / 3, 12)
    expect(value('exactMatchInput')).toBe(1)
    expect(value('exactMatchTerminate')).toBe(1)
  })

  it('computes action-type accuracy and F1 with a missing prediction as a miss', () => {
    // types right on steps 1, 2, 3, 5 -> 4/5
    expect(value('actionTypeAccuracy')).toBeCloseTo(4 / 5, 12)
    // click: tp 2, predicted 2, gold 3 -> P 1, R 2/3, F1 2*(2/3)/(5/3) = 4/5; input 1; terminate 1
    // macro = (4/5 + 1 + 1) / 3 = 14/15; weighted = (3*4/5 + 1 + 1) / 5 = 4.4/5 = 0.88
    expect(value('actionTypeMacroF1')).toBeCloseTo(14 / 15, 12)
    expect(value('actionTypeWeightedF1')).toBeCloseTo(0.88, 12)
  })

  it('computes click-type weighted F1 over gold clicks with the predicted type from the name', () => {
    // gold product_link / purchase / filter; predicted product_link / nav_bar / none
    // product_link F1 1 (support 1); purchase 0 (1); filter 0 (1); nav_bar 0 (support 0)
    // weighted = (1*1 + 1*0 + 1*0 + 0*0) / 3 = 1/3
    expect(value('clickTypeWeightedF1')).toBeCloseTo(1 / 3, 12)
  })

  it('computes the session outcome from the last step', () => {
    // s1: gold purchase, predicted terminate (nav_bar.cart is no purchase click); s2: terminate, terminate
    expect(value('sessionOutcomeAccuracy')).toBe(0.5)
    // purchase: gold 1, predicted 0 -> F1 0; terminate: tp 1, predicted 2, gold 1 -> P 1/2, R 1, F1 2/3
    // weighted = (1*0 + 1*2/3) / 2 = 1/3
    expect(value('sessionOutcomeWeightedF1')).toBeCloseTo(1 / 3, 12)
  })

  it('breaks the metrics down per user', () => {
    expect(report.perUser.map((u) => [u.userId, u.steps, u.sessions])).toEqual([
      ['u1', 3, 1],
      ['u2', 2, 1],
    ])
    expect(report.perUser[0]?.metrics.exactMatch.value).toBeCloseTo(2 / 3, 12)
    expect(report.perUser[1]?.metrics.exactMatch.value).toBe(0.5)
    // one session only: every resample is that session, so the interval collapses onto the value
    expect(report.perUser[1]?.metrics.exactMatch).toEqual({ value: 0.5, low: 0.5, high: 0.5 })
  })

  it('gives seeded, ordered percentile intervals', () => {
    const again = computeMetrics(ROWS, { resamples: 200, seed: 7 })
    expect(again.overall).toEqual(report.overall)
    const { low, high } = report.overall.exactMatch
    expect(low).toBeLessThanOrEqual(high as number)
    // the two sessions score 2/3 and 1/2 on exact match; a resample holds s1 twice, once each, or s2 twice
    expect(low).toBeGreaterThanOrEqual(0.5)
    expect(high).toBeLessThanOrEqual(2 / 3 + 1e-12)
    expect(computeMetrics(ROWS, { resamples: 0 }).overall.exactMatch.low).toBeUndefined()
  })

  it('leaves a metric undefined when nothing could be computed', () => {
    const empty = computeMetrics([], { resamples: 10 })
    expect(empty.overall.exactMatch).toEqual({ value: undefined, low: undefined, high: undefined })
  })
})

describe('percentile', () => {
  it('interpolates linearly between ranks', () => {
    // rank = 0.5 * (4 - 1) = 1.5 -> halfway between 2 and 3
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5)
    // rank = 0.025 * 3 = 0.075 -> 1 + 0.075 * (2 - 1)
    expect(percentile([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 12)
    expect(percentile([], 0.5)).toBeUndefined()
  })
})

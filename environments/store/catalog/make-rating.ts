import type { SeededRandom } from '../../../traces/seeded-random.js'

export interface Rating {
  rating: number
  ratingsCount: number
  histogram: [number, number, number, number, number]
}

/**
 * Star shares follow exp(lambda * stars), with lambda solved so the mean hits a target; the printed
 * average is then computed from the rounded shares, so the average and the histogram always agree.
 */
export function makeRating(random: SeededRandom): Rating {
  const target = Math.min(4.9, Math.max(2.6, 4.75 - Math.abs(random.normal()) * 0.55))
  const histogram = sharesForMean(target)
  const mean = histogram.reduce((sum, share, i) => sum + share * (i + 1), 0) / 100
  const ratingsCount = Math.max(1, Math.min(60_000, Math.round(random.logNormal(320, 1.6))))
  return { rating: Math.round(mean * 10) / 10, ratingsCount, histogram }
}

function sharesForMean(target: number): [number, number, number, number, number] {
  const meanOf = (lambda: number) => {
    let total = 0
    let weighted = 0
    for (let k = 1; k <= 5; k++) {
      const w = Math.exp(lambda * k)
      total += w
      weighted += w * k
    }
    return weighted / total
  }
  let low = -5
  let high = 5
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2
    if (meanOf(mid) < target) low = mid
    else high = mid
  }
  const lambda = (low + high) / 2
  const weights = [1, 2, 3, 4, 5].map((k) => Math.exp(lambda * k))
  const total = weights.reduce((a, b) => a + b, 0)
  const shares = weights.map((w) => Math.round((100 * w) / total))
  // Rounding may leave the shares at 99 or 101; the five-star bar absorbs the difference.
  shares[4] = (shares[4] ?? 0) + 100 - shares.reduce((a, b) => a + b, 0)
  return shares as [number, number, number, number, number]
}

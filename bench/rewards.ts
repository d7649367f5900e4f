import { parseArgs } from 'node:util'
import { scoreShopR1 } from '../rewards/shop-r1/shop-r1.js'
import { defineBench } from './define-bench.js'
import { positiveInt } from './flags.js'
import { formatNumber } from './format.js'
import { naiveShopR1 } from './rewards/naive-shop-r1.js'
import { type Pair, syntheticPairs } from './rewards/synthetic-pairs.js'

// From the issue: >= 200,000 pairs/s on one core and >= 3x the naive implementation.
const GOAL_RATE = 200_000
const GOAL_RATIO = 3
const SEED = 5
const POOL = 200_000

const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

/**
 * Times the scoring alone. Pairs are generated before any timing: generating them between timed batches
 * left the young generation full of fresh garbage, so the timed loops paid for the generator's collections.
 */
// Two loops written out rather than one taking the scorer as an argument: a shared loop's call site turns
// polymorphic and V8 stops inlining either scorer into it, which taxes the faster one most.
function timeOurs(pairs: readonly Pair[], from: number, to: number): Timing {
  let sum = 0
  const start = performance.now()
  for (let i = from; i < to; i++) sum += scoreShopR1(pairs[i] as Pair).total
  return { ms: performance.now() - start, sum }
}

function timeNaive(pairs: readonly Pair[], from: number, to: number): Timing {
  let sum = 0
  const start = performance.now()
  for (let i = from; i < to; i++) {
    const pair = pairs[i] as Pair
    sum += naiveShopR1(pair.completion, pair.gold)
  }
  return { ms: performance.now() - start, sum }
}

interface Timing {
  ms: number
  sum: number
}

/**
 * Both scorers over the same subset, each in a run of its own, ours before and after the naive one so that a
 * drift in the machine's load weighs on both alike. Not interleaved chunk by chunk: that made each of our
 * chunks pay for collecting the naive scorer's garbage (measured: 2.5x interleaved, 3.7x apart).
 */
function compareBracketed(pairs: readonly Pair[], count: number) {
  const before = timeOurs(pairs, 0, count)
  const naive = timeNaive(pairs, 0, count)
  const after = timeOurs(pairs, 0, count)
  const ours = { ms: (before.ms + after.ms) / 2, sum: before.sum }
  return { ours, naive, spread: Math.abs(before.ms - after.ms) / Math.min(before.ms, after.ms) }
}

export const rewardsBench = defineBench({
  name: 'rewards',
  description: 'Shop-R1 scoring of synthetic (completion, gold) pairs vs a naive implementation (pairs/s)',
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: { pairs: { type: 'string' }, 'naive-pairs': { type: 'string' } },
      strict: true,
    })
    const pairs = positiveInt(values.pairs, 1_000_000, '--pairs')
    const naivePairs = Math.min(pairs, POOL, positiveInt(values['naive-pairs'], POOL, '--naive-pairs'))

    // A pool of distinct pairs, cycled for the long run: holding a million pairs made every major collection
    // walk ~600 MB of strings, which measured the heap rather than the scorer. Nothing caches per pair.
    const pool = [...syntheticPairs(SEED, Math.min(pairs, POOL))]
    // Warm both up so neither pays for compilation inside its timed run.
    // A whole pass each: 20,000 pairs left our first timed run 60% slower than our second (still compiling).
    timeOurs(pool, 0, naivePairs)
    timeNaive(pool, 0, naivePairs)
    // The same subset through both, so their totals must agree before any rate means anything.
    const { ours: oursSubset, naive, spread } = compareBracketed(pool, naivePairs)
    if (Math.abs(oursSubset.sum - naive.sum) > 1e-6 * Math.max(1, Math.abs(naive.sum))) {
      throw new Error(`ours and naive disagree on the subset: ${oursSubset.sum} vs ${naive.sum}`)
    }
    const ours = { ms: 0, sum: 0 }
    for (let done = 0; done < pairs; done += pool.length) {
      const lap = timeOurs(pool, 0, Math.min(pool.length, pairs - done))
      ours.ms += lap.ms
      ours.sum += lap.sum
    }

    const rate = (n: number, ms: number) => n / (ms / 1000)
    const oursRate = rate(pairs, ours.ms)
    const oursSubsetRate = rate(naivePairs, oursSubset.ms)
    const naiveRate = rate(naivePairs, naive.ms)
    write(
      `ours:  ${pairs} pairs (${pool.length} distinct, cycled) in ${formatNumber(ours.ms)} ms -> ${formatNumber(oursRate)} pairs/s (one core)`,
    )
    write(
      `subset of the first ${naivePairs} pairs (same for both; totals agree, sum ${formatNumber(naive.sum)}): ` +
        `ours ${formatNumber(oursSubsetRate)} pairs/s, naive ${formatNumber(naiveRate)} pairs/s`,
    )
    const ratio = oursSubsetRate / naiveRate
    // How far our two runs (before and after the naive one) differ: a large spread means the load moved.
    write(
      `ratio: ${ratio.toFixed(2)}; our runs before and after the naive one differ by ${(100 * spread).toFixed(0)}%`,
    )
    return {
      comparisons: [
        {
          what: `Shop-R1 scoring rate (subset of ${naivePairs} pairs, per-pair rates)`,
          unit: 'pairs/s',
          ours: oursSubsetRate,
          floor: naiveRate,
          floorSource: 'naive: full DP table per pair, JSON re-parsed per component',
        },
      ],
      goals: [
        {
          text: `>= ${formatNumber(GOAL_RATE)} pairs/s over ${pairs} pairs (${formatNumber(oursRate)})`,
          met: oursRate >= GOAL_RATE,
        },
        {
          text: `>= ${GOAL_RATIO}x the naive implementation (ratio ${ratio.toFixed(2)})`,
          met: ratio >= GOAL_RATIO,
        },
      ],
    }
  },
})

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
const BATCH = 50_000
const SEED = 5

const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

/** Scores pairs batch by batch, timing only the scoring (generation is not what we measure). */
function timeScoring(pairs: number, score: (pair: Pair) => number): { ms: number; sum: number } {
  const source = syntheticPairs(SEED, pairs)
  let ms = 0
  let sum = 0
  for (let done = 0; done < pairs; done += BATCH) {
    const batch: Pair[] = []
    for (let i = 0; i < BATCH && done + i < pairs; i++) batch.push(source.next().value as Pair)
    const start = performance.now()
    for (const pair of batch) sum += score(pair)
    ms += performance.now() - start
  }
  return { ms, sum }
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
    const naivePairs = Math.min(pairs, positiveInt(values['naive-pairs'], 200_000, '--naive-pairs'))

    // Warm both up so neither pays for compilation inside its timed run.
    const warm = Math.min(naivePairs, 20_000)
    timeScoring(warm, ({ completion, gold }) => scoreShopR1({ completion, gold }).total)
    timeScoring(warm, ({ completion, gold }) => naiveShopR1(completion, gold))
    // The same subset through both, so their totals must agree before any rate means anything.
    const oursSubset = timeScoring(
      naivePairs,
      ({ completion, gold }) => scoreShopR1({ completion, gold }).total,
    )
    const naive = timeScoring(naivePairs, ({ completion, gold }) => naiveShopR1(completion, gold))
    if (Math.abs(oursSubset.sum - naive.sum) > 1e-6 * Math.max(1, Math.abs(naive.sum))) {
      throw new Error(`ours and naive disagree on the subset: ${oursSubset.sum} vs ${naive.sum}`)
    }
    const ours = timeScoring(pairs, ({ completion, gold }) => scoreShopR1({ completion, gold }).total)

    const rate = (n: number, ms: number) => n / (ms / 1000)
    const oursRate = rate(pairs, ours.ms)
    const oursSubsetRate = rate(naivePairs, oursSubset.ms)
    const naiveRate = rate(naivePairs, naive.ms)
    write(
      `ours:  ${pairs} pairs in ${formatNumber(ours.ms)} ms -> ${formatNumber(oursRate)} pairs/s (one core)`,
    )
    write(
      `subset of the first ${naivePairs} pairs (same for both; totals agree, sum ${formatNumber(naive.sum)}): ` +
        `ours ${formatNumber(oursSubsetRate)} pairs/s, naive ${formatNumber(naiveRate)} pairs/s`,
    )
    const ratio = oursSubsetRate / naiveRate
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

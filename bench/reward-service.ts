import { isDeepStrictEqual, parseArgs } from 'node:util'
import { type ScoreItem, scoreBatch, startRewardService } from '../rewards/service/index.js'
import { SeededRandom } from '../traces/seeded-random.js'
import { defineBench } from './define-bench.js'
import { positiveInt } from './flags.js'
import { formatNumber } from './format.js'
import { median } from './stats.js'

// From the issue: the service must score at least 20,000 items a second in batches of 256.
const GOAL_SCORES_PER_SECOND = 20_000
const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

const WORDS = [
  'red',
  'running',
  'shoes',
  'wireless',
  'earbuds',
  'kids',
  'water',
  'bottle',
  'usb',
  'c',
  'cable',
]

/** A seeded mix like a rollout batch: right and wrong clicks, inputs, terminates, and malformed outputs. */
function makeItems(count: number, seed: number): ScoreItem[] {
  const random = new SeededRandom(seed)
  const phrase = () => random.sample(WORDS, random.int(2, 5)).join(' ')
  const answer = (action: object) => JSON.stringify({ rationale: `I want ${phrase()} for my trip.`, action })
  return Array.from({ length: count }, (_, i): ScoreItem => {
    const kind = random.int(0, 9)
    const slug = `search_results.${phrase().replaceAll(' ', '_')}_${i % 50}`
    if (kind <= 4) {
      const gold = { type: 'click', name: `${slug}.product_name`, click_type: 'product_link' }
      const name = random.chance(0.5) ? gold.name : `${slug}.product_image`
      return { completion: answer({ type: 'click', name }), ground_truth: gold }
    }
    if (kind <= 7) {
      const gold = { type: 'input', name: 'nav_bar.search_input', text: phrase() }
      return {
        completion: answer({ type: 'type_and_submit', name: 'nav_bar.search_input', text: phrase() }),
        ground_truth: JSON.stringify(gold),
      }
    }
    if (kind === 8) return { completion: answer({ type: 'terminate' }), ground_truth: { type: 'terminate' } }
    return { completion: `Sure! ${phrase()}`, ground_truth: { type: 'terminate' } }
  })
}

interface Pass {
  ms: number
  scores: number
}

async function overHttp(
  url: string,
  batches: ScoreItem[][],
  inFlight: number,
): Promise<Pass & { first: unknown }> {
  let next = 0
  let scored = 0
  let first: unknown
  const worker = async () => {
    while (next < batches.length) {
      const index = next++
      const res = await fetch(`${url}/score`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ items: batches[index] }),
      })
      if (res.status !== 200) throw new Error(`the service answered ${res.status}: ${await res.text()}`)
      const body = (await res.json()) as { scores: unknown[] }
      if (index === 0) first = body.scores
      scored += body.scores.length
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: inFlight }, worker))
  return { ms: performance.now() - start, scores: scored, first }
}

function inProcess(batches: ScoreItem[][]): Pass & { first: unknown } {
  let scored = 0
  let first: unknown
  const start = performance.now()
  for (const [index, batch] of batches.entries()) {
    const result = scoreBatch(batch)
    if (!result.ok) throw new Error(`in-process scoring refused the batch: ${result.reason}`)
    if (index === 0) first = result.scores
    scored += result.scores.length
  }
  return { ms: performance.now() - start, scores: scored, first }
}

export const rewardServiceBench = defineBench({
  name: 'reward-service',
  description: 'score batches of 256 over loopback HTTP (POST /score) vs the same scoring in-process',
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: { batches: { type: 'string' }, runs: { type: 'string' }, 'in-flight': { type: 'string' } },
      strict: true,
    })
    const batchCount = positiveInt(values.batches, 200, '--batches')
    const runs = positiveInt(values.runs, 3, '--runs')
    const inFlight = positiveInt(values['in-flight'], 2, '--in-flight')
    const batchSize = 256
    const items = makeItems(batchCount * batchSize, 1)
    const batches = Array.from({ length: batchCount }, (_, b) =>
      items.slice(b * batchSize, (b + 1) * batchSize),
    )
    write(
      `${batchCount} batches of ${batchSize} items (${items.length} scores a pass), reward shop-r1, ${inFlight} requests in flight`,
    )

    const service = await startRewardService({ port: 0 })
    const http: number[] = []
    const local: number[] = []
    try {
      // One warm-up pass each, so JIT compilation is not measured; it also checks both agree.
      const warmHttp = await overHttp(service.url, batches.slice(0, 4), inFlight)
      const warmLocal = inProcess(batches.slice(0, 4))
      // JSON round trip: the service's answer is the in-process answer serialised.
      if (!isDeepStrictEqual(warmHttp.first, JSON.parse(JSON.stringify(warmLocal.first)))) {
        throw new Error('the service and the in-process scorer disagree on the first batch')
      }
      for (let run = 1; run <= runs; run++) {
        const order = run % 2 === 1 ? ['http', 'local'] : ['local', 'http']
        for (const which of order) {
          const pass = which === 'http' ? await overHttp(service.url, batches, inFlight) : inProcess(batches)
          if (pass.scores !== items.length)
            throw new Error(`${which} scored ${pass.scores} of ${items.length}`)
          const rate = pass.scores / (pass.ms / 1000)
          ;(which === 'http' ? http : local).push(rate)
          write(
            `  run ${run} ${which === 'http' ? 'http    ' : 'in-proc '} ${formatNumber(pass.ms).padStart(7)} ms  ${formatNumber(rate).padStart(8)} scores/s`,
          )
        }
      }
    } finally {
      await service.close()
    }
    const ours = median(http)
    const floor = median(local)
    write(
      `median of ${runs}: http ${formatNumber(ours)} scores/s, in-process ${formatNumber(floor)} scores/s`,
    )
    return {
      comparisons: [
        {
          what: 'median scoring rate (higher is better)',
          unit: 'scores/s',
          ours,
          floor,
          floorSource: 'scoreBatch on the same batches in-process, no HTTP or JSON',
        },
      ],
      goals: [
        {
          text: `at least ${formatNumber(GOAL_SCORES_PER_SECOND)} scores/s over HTTP in batches of 256 (${formatNumber(ours)})`,
          met: ours >= GOAL_SCORES_PER_SECOND,
        },
      ],
    }
  },
})

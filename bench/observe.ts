import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { createBrowserPool } from '../environments/browser/pool.js'
import { openLiveEnvironment } from '../environments/live.js'
import { startStore } from '../environments/store/index.js'
import { defineBench } from './define-bench.js'
import { positiveInt } from './flags.js'
import { formatNumber } from './format.js'
import { median } from './stats.js'

// From the issue: a full observe() within 1.5x of page.content() plus a viewport screenshot.
const GOAL_RATIO = 1.5
const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** The floor: what any recorder must do at least — serialise the DOM and take the same screenshot. */
async function floorObservation(page: Page): Promise<void> {
  await page.content()
  await page.screenshot({ type: 'jpeg', quality: 60 })
}

export const observe = defineBench({
  name: 'observe',
  description: 'live observe() (simplified HTML, element table, screenshot) vs page.content() + screenshot',
  async run(args) {
    const { values } = parseArgs({ args: [...args], options: { rounds: { type: 'string' } }, strict: true })
    const rounds = positiveInt(values.rounds, 30, '--rounds')
    const store = await startStore()
    const pool = createBrowserPool()
    try {
      const live = await openLiveEnvironment({ pool, allowlist: [store.url] })
      const product = store.catalog.products.find((p) => p.options.length > 0) ?? store.catalog.products[0]
      const pages = [
        { label: 'search', url: `${store.url}/s?k=portable+charger` },
        { label: 'product', url: `${store.url}/dp/${product?.asin}` },
      ]
      const ours: number[] = []
      const floor: number[] = []
      for (const { label, url } of pages) {
        await live.reset(url)
        const first = await live.observe()
        write(
          `${label}: ${url} — ${first.observation.elements?.length} named elements, ${formatNumber(first.observation.html?.length ?? 0)} chars of simplified HTML, page ${formatNumber((await live.page.content()).length)} chars`,
        )
        const oursHere: number[] = []
        const floorHere: number[] = []
        // Alternate so both see the same machine state; the first round above warmed both paths.
        for (let i = 0; i < rounds; i++) {
          floorHere.push(await timed(() => floorObservation(live.page)))
          oursHere.push(await timed(() => live.observe()))
        }
        write(
          `  median ms per observation: observe() ${formatNumber(median(oursHere))}, floor ${formatNumber(median(floorHere))}`,
        )
        ours.push(...oursHere)
        floor.push(...floorHere)
      }
      await live.close()
      const ratio = median(ours) / median(floor)
      return {
        comparisons: [
          {
            what: 'ms per observation (search and product pages)',
            unit: 'ms',
            ours: median(ours),
            floor: median(floor),
            floorSource: 'page.content() + viewport JPEG screenshot of the same loaded page',
          },
        ],
        goals: [
          {
            text: `observe() within ${GOAL_RATIO}x of the floor (ratio ${formatNumber(ratio)})`,
            met: ratio <= GOAL_RATIO,
          },
        ],
      }
    } finally {
      await pool.close()
      await store.close()
    }
  },
})

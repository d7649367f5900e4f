import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildCatalog } from '../environments/store/catalog/build-catalog.js'
import { CatalogSearch } from '../environments/store/search/catalog-search.js'
import { emptySearchState } from '../environments/store/search/search-state.js'
import { mixSeed } from '../traces/seeded-random.js'
import { defineBench } from './define-bench.js'
import { positiveInt } from './flags.js'
import { formatNumber } from './format.js'
import { median, quantile } from './stats.js'
import { type LoadResult, runLoad } from './store/load-loop.js'
import { startServerChild } from './store/server-child.js'
import { urlMix } from './store/url-mix.js'

const SERVE_STORE = fileURLToPath(new URL('./store/serve-store.ts', import.meta.url))
const SERVE_FLOOR = fileURLToPath(new URL('./store/serve-floor.ts', import.meta.url))
// From the issue: at least 500 requests/s on 2 cores, with no errors.
const GOAL_RPS = 500
const WARMUP_SECONDS = 1

const write = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

function summarize(name: string, r: LoadResult): string {
  return (
    `${name.padEnd(6)} ${formatNumber(r.requests / r.seconds).padStart(6)} req/s  ` +
    `p50 ${formatNumber(quantile(r.latencies, 0.5)).padStart(5)} ms  p99 ${formatNumber(quantile(r.latencies, 0.99)).padStart(5)} ms  ` +
    `errors ${r.errors}  (${formatNumber(r.requests)} requests in ${formatNumber(r.seconds)} s, ${formatNumber(r.bytes / r.requests / 1000)} KB each)`
  )
}

/**
 * Concurrent clients on loopback against the store's search and product pages, then the same client
 * loop against a minimal node:http server answering a fixed page of the same median size (the floor).
 * Each server runs in its own process; the clients run in this one.
 */
export const storeBench = defineBench({
  name: 'store',
  description:
    'requests/s and latency of the embedded store (search + product pages) vs a fixed-page node:http server',
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: { seconds: { type: 'string' }, clients: { type: 'string' }, seed: { type: 'string' } },
      strict: true,
    })
    const seconds = positiveInt(values.seconds, 10, '--seconds')
    const clients = positiveInt(values.clients, 16, '--clients')
    const seed = positiveInt(values.seed, 1, '--seed')

    const store = await startServerChild<{ url: string; buildMs: number; products: number }>(SERVE_STORE, [
      String(seed),
    ])
    let floor: Awaited<ReturnType<typeof startServerChild<{ url: string; bytes: number }>>> | undefined
    try {
      write(
        `catalog: ${formatNumber(store.info.products)} products (seed ${seed}) built in ${formatNumber(store.info.buildMs)} ms in the server process`,
      )
      // The same seed gives the same catalog here, so the mix names real products.
      const catalog = buildCatalog({ seed, size: store.info.products })
      const search = new CatalogSearch(catalog)
      const pagesOf = (keywords: string) => {
        const outcome = search.run({ ...emptySearchState(), keywords })
        return outcome.kind === 'results' ? outcome.totalPages : 0
      }
      const urls = urlMix(catalog, 2000, mixSeed(seed, 7), pagesOf)
      const sizes: number[] = []
      for (const path of [...new Set(urls)].slice(0, 300)) {
        const response = await fetch(store.info.url + path)
        const body = await response.text()
        if (response.status !== 200)
          throw new Error(`the URL mix holds ${path}, which answers ${response.status}`)
        sizes.push(Buffer.byteLength(body))
      }
      const pageBytes = Math.round(median(sizes))
      write(
        `mix: ${urls.length} URLs (${urls.filter((u) => u.startsWith('/s?')).length} searches, ${urls.filter((u) => u.startsWith('/dp/')).length} product pages), ` +
          `median page ${formatNumber(pageBytes / 1000)} KB; ${clients} clients, keep-alive, ${seconds} s each after a ${WARMUP_SECONDS} s warm-up`,
      )
      let next = 0
      const nextUrl = (base: string) => () => base + (urls[next++ % urls.length] as string)

      await runLoad({ clients, seconds: WARMUP_SECONDS, nextUrl: nextUrl(store.info.url) })
      const ours = await runLoad({ clients, seconds, nextUrl: nextUrl(store.info.url) })
      write(summarize('store', ours))
      await store.stop()

      floor = await startServerChild<{ url: string; bytes: number }>(SERVE_FLOOR, [String(pageBytes)])
      await runLoad({ clients, seconds: WARMUP_SECONDS, nextUrl: () => `${floor?.info.url}/` })
      const fixed = await runLoad({ clients, seconds, nextUrl: () => `${floor?.info.url}/` })
      write(summarize('floor', fixed))
      for (const sample of ours.errorSamples) write(`  store error: ${sample}`)

      const rps = { ours: ours.requests / ours.seconds, floor: fixed.requests / fixed.seconds }
      const floorSource = `node:http answering a fixed ${formatNumber(pageBytes / 1000)} KB page, same client loop`
      return {
        comparisons: [
          { what: 'throughput', unit: 'req/s', ours: rps.ours, floor: rps.floor, floorSource },
          {
            what: 'p50 latency',
            unit: 'ms',
            ours: quantile(ours.latencies, 0.5),
            floor: quantile(fixed.latencies, 0.5),
            floorSource,
          },
          {
            what: 'p99 latency',
            unit: 'ms',
            ours: quantile(ours.latencies, 0.99),
            floor: quantile(fixed.latencies, 0.99),
            floorSource,
          },
        ],
        goals: [
          { text: `at least ${GOAL_RPS} requests/s (${formatNumber(rps.ours)})`, met: rps.ours >= GOAL_RPS },
          { text: `zero errors (${ours.errors})`, met: ours.errors === 0 },
        ],
      }
    } finally {
      await store.stop().catch(() => {})
      await floor?.stop().catch(() => {})
    }
  },
})

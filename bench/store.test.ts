import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Store, startStore } from '../environments/store/index.js'
import { CatalogSearch } from '../environments/store/search/catalog-search.js'
import { emptySearchState } from '../environments/store/search/search-state.js'
import { runLoad } from './store/load-loop.js'
import { urlMix } from './store/url-mix.js'

let store: Store
beforeAll(async () => {
  store = await startStore({ seed: 3, catalogSize: 400 })
})
afterAll(() => store.close())

function mix(count: number): string[] {
  const search = new CatalogSearch(store.catalog)
  return urlMix(store.catalog, count, 1, (keywords) => {
    const outcome = search.run({ ...emptySearchState(), keywords })
    return outcome.kind === 'results' ? outcome.totalPages : 0
  })
}

describe('store benchmark pieces', () => {
  it('mixes searches and product pages that all exist', async () => {
    const urls = mix(300)
    expect(urls.some((u) => u.startsWith('/s?'))).toBe(true)
    expect(urls.some((u) => u.startsWith('/dp/'))).toBe(true)
    for (const path of new Set(urls)) expect((await fetch(store.url + path)).status, path).toBe(200)
  })

  it('runs the client loop with a cookie per client and counts every request', async () => {
    const urls = mix(50)
    let next = 0
    const result = await runLoad({
      clients: 2,
      seconds: 0.3,
      nextUrl: () => store.url + urls[next++ % urls.length],
    })
    expect(result.errors).toBe(0)
    expect(result.requests).toBe(result.latencies.length)
    expect(result.requests).toBeGreaterThan(0)
    expect(result.bytes).toBeGreaterThan(0)
  })
})

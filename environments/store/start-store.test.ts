import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isShopsimError } from '../../traces/errors.js'
import { startStore } from './index.js'

describe('startStore', () => {
  it('serves on an ephemeral loopback port and stops on close', async () => {
    const store = await startStore({ catalogSize: 200 })
    expect(store.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(store.port).toBeGreaterThan(0)
    expect(store.catalog.products).toHaveLength(200)
    expect(store.catalog.buildMs).toBeGreaterThan(0)
    const home = await fetch(`${store.url}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('id="twotabsearchtextbox"')
    await store.close()
    await expect(fetch(`${store.url}/`)).rejects.toThrow()
  })

  it('names the session of a cookie it issued, and no session for a forged or foreign one', async () => {
    const store = await startStore({ catalogSize: 20 })
    const other = await startStore({ catalogSize: 20 })
    try {
      const response = await fetch(`${store.url}/__shopsim/session`)
      const { sessionId } = (await response.json()) as { sessionId: string }
      const value = /shopsim-session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? ''
      expect(store.sessionOfCookie(value)).toBe(sessionId)
      expect(other.sessionOfCookie(value)).toBeUndefined()
      expect(store.sessionOfCookie(`${'0'.repeat(32)}.${value.split('.')[1]}`)).toBeUndefined()
      expect(store.sessionOfCookie('')).toBeUndefined()
    } finally {
      await store.close()
      await other.close()
    }
  })

  it('refuses invalid options with E_STORE_START', async () => {
    for (const options of [{ port: -1 }, { port: 70_000 }, { seed: 1.5 }, { catalogSize: 0 }]) {
      const error = await startStore(options).catch((e: unknown) => e)
      expect(isShopsimError(error, 'E_STORE_START')).toBe(true)
    }
  })

  it('reports a port that is taken with E_STORE_START and a hint', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const address = blocker.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      const error = await startStore({ port, catalogSize: 20 }).catch((e: unknown) => e)
      expect(isShopsimError(error, 'E_STORE_START')).toBe(true)
      expect((error as Error).message).toContain('EADDRINUSE')
      expect((error as { hint?: string }).hint).toContain('--port 0')
    } finally {
      await new Promise((resolve) => blocker.close(resolve))
    }
  })

  it('builds the same catalog for the same seed in two stores', async () => {
    const [a, b] = await Promise.all([
      startStore({ seed: 4, catalogSize: 100 }),
      startStore({ seed: 4, catalogSize: 100 }),
    ])
    try {
      expect(b.catalog.products.map((p) => p.asin)).toEqual(a.catalog.products.map((p) => p.asin))
      const path = `/dp/${a.catalog.products[7]?.asin}`
      const clockless = (html: string) =>
        html.replace(/<span class="a-text-bold">[A-Z][a-z]+, [A-Z][a-z]+ \d+<\/span>/g, '')
      expect(clockless(await (await fetch(b.url + path)).text())).toBe(
        clockless(await (await fetch(a.url + path)).text()),
      )
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })
})

import { chromium } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { isShopsimError } from '../../traces/errors.js'
import { findChromium } from './find-chromium.js'
import { chromiumArgs } from './launch.js'
import { type BrowserPool, createBrowserPool } from './pool.js'

const pools: BrowserPool[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()))
})

function pool(options: Parameters<typeof createBrowserPool>[0] = {}): BrowserPool {
  const created = createBrowserPool(options)
  pools.push(created)
  return created
}

describe('browser pool', () => {
  it('lends one Chromium as separate contexts, one per session', async () => {
    const browsers = pool()
    const [a, b] = await Promise.all([browsers.newContext(), browsers.newContext()])
    expect(browsers.launches).toBe(1)
    const pageA = await a.context.newPage()
    const pageB = await b.context.newPage()
    await pageA.setContent('<p>a</p>')
    await pageB.setContent('<p>b</p>')
    expect(await pageA.textContent('p')).toBe('a')
    expect(await pageB.textContent('p')).toBe('b')
    expect(await browsers.version()).toMatch(/^chromium \d+\./)
  })

  it('gives crashed sessions a typed error and relaunches for the next one', async () => {
    const browsers = pool()
    const victim = await browsers.newContext()
    const page = await victim.context.newPage()
    await page.setContent('<p>before</p>')
    const cdp = await victim.context.browser()?.newBrowserCDPSession()
    // Browser.crash kills the whole Chromium process, as an OOM kill or a segfault would.
    await cdp?.send('Browser.crash').catch(() => undefined)
    await expect.poll(() => victim.alive()).toBe(false)
    try {
      victim.assertAlive()
      expect.unreachable()
    } catch (error) {
      expect(isShopsimError(error, 'E_BROWSER_CRASHED')).toBe(true)
    }
    const next = await browsers.newContext()
    expect(browsers.launches).toBe(2)
    const fresh = await next.context.newPage()
    await fresh.setContent('<p>after</p>')
    expect(await fresh.textContent('p')).toBe('after')
  })

  it('connects to a remote Playwright browser server (--browser-ws)', async () => {
    const server = await chromium.launchServer({
      executablePath: findChromium().path,
      args: chromiumArgs(),
      headless: true,
    })
    try {
      const browsers = pool({ wsEndpoint: server.wsEndpoint() })
      const lent = await browsers.newContext()
      const page = await lent.context.newPage()
      await page.setContent('<h1>remote</h1>')
      expect(await page.textContent('h1')).toBe('remote')
    } finally {
      await server.close()
    }
  })

  it('says what to do when no browser server answers', async () => {
    const browsers = pool({ wsEndpoint: 'ws://127.0.0.1:9/nothing-here' })
    await expect(browsers.newContext()).rejects.toMatchObject({ code: 'E_BROWSER_CONNECT' })
  })
})

import { describe, expect, it } from 'vitest'
import { EXIT } from './io.js'
import { main } from './main.js'
import { spawnForegroundCli } from './spawn-cli.js'
import { captureIo } from './test-io.js'

describe('shopsim store', () => {
  it('refuses a bad --port, --seed or --catalog-size with a usage error', async () => {
    for (const args of [['--port', 'http'], ['--port', '70000'], ['--seed=-3'], ['--catalog-size', '0']]) {
      const io = captureIo()
      expect(await main(['store', ...args], io)).toBe(EXIT.usage)
      expect(io.err()).toMatch(/^shopsim store: --[a-z-]+ must be a whole number from/)
    }
  })

  it('runs in the foreground as a process, prints its URL, serves pages and stops on SIGTERM', async () => {
    const cli = await spawnForegroundCli(
      ['store', '--port', '0', '--catalog-size', '300', '--seed', '5'],
      /^(http:\/\/127\.0\.0\.1:\d+)\/$/m,
    )
    const url = cli.ready
    expect(cli.stdout()).toMatch(/300 products in 16 departments \(seed 5, built in \d+ ms\)/)
    const page = await fetch(`${url}/s?k=charger`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('data-component-type="s-search-result"')
    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
    expect(cli.stdout()).toContain('shopsim store: stopped (SIGTERM)')
    expect(cli.stderr()).toBe('')
  })
})

import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixturePath } from '../../tests/fixtures.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

const SEARCH = fixturePath('amazon', 'search-portable-charger.html')
const PRODUCT = fixturePath('amazon', 'product-guitar-cable-options.html')

interface JsonOutput {
  recipe: string
  url: string
  elements: { name: string; clickType?: string; box?: unknown }[]
  pageMeta: Record<string, unknown>
  elementMeta: Record<string, unknown>
  warnings: { code: string }[]
}

async function run(args: string[]) {
  const io = captureIo()
  const code = await main(['simplify', ...args], io)
  return { code, out: io.out(), err: io.err() }
}

describe('shopsim simplify', () => {
  it('prints the simplified HTML of a saved page, offline', async () => {
    const { code, out, err } = await run([SEARCH, '--offline'])
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(
      out.startsWith('<html><head></head><body><div name="nav_bar" role="navigation" aria-label="Primary">'),
    ).toBe(true)
    expect(out).toContain('name="nav_bar.search_input"')
    expect(out).toContain('name="pagination.2"')
  })

  it('prints the element table, page_meta, element_meta and warnings with --json', async () => {
    const { code, out } = await run([SEARCH, '--offline', '--json'])
    expect(code).toBe(0)
    const result = JSON.parse(out) as JsonOutput
    expect(result.recipe).toBe('amazon-search')
    expect(result.url.startsWith('file://')).toBe(true)
    expect(result.elements.find((e) => e.name === 'nav_bar.search_button')).toMatchObject({
      clickType: 'search',
    })
    expect(result.pageMeta.search_term).toEqual([{ term: 'portable charger' }])
    expect(Object.keys(result.elementMeta)).toHaveLength(22)
    expect(result.warnings).toEqual([])
  })

  it('renders a saved page in Chromium, with boxes', async () => {
    const { code, out } = await run([PRODUCT, '--json'])
    expect(code).toBe(0)
    const result = JSON.parse(out) as JsonOutput
    expect(result.recipe).toBe('amazon-product')
    const addToCart = result.elements.find(
      (e) => e.name === 'buybox.one_time_purchase.purchase_form.add_to_cart',
    )
    expect(addToCart).toMatchObject({ clickType: 'purchase', box: expect.any(Object) })
  })

  it('reports warnings on stderr next to the HTML', async () => {
    const power = await run([fixturePath('amazon', 'product-power-bank.html'), '--offline'])
    expect(power.code).toBe(0)
    expect(power.err).toMatch(/^shopsim simplify: warning: \d+ duplicate_name \(--json lists them\)\n$/)
  })

  it('refuses what it cannot open with a usage error', async () => {
    for (const args of [[], ['a.html', 'b.html'], ['ftp://example.com/x'], ['/nonexistent/page.html']]) {
      const { code, err } = await run(args)
      expect(code, args.join(' ')).toBe(2)
      expect(err).toMatch(/^shopsim simplify: /)
    }
    const offlineUrl = await run(['https://www.amazon.com/', '--offline'])
    expect(offlineUrl.code).toBe(2)
    expect(offlineUrl.err).toContain('--offline reads saved files')
  })

  it('shows usage and examples with --help', async () => {
    const { code, out } = await run(['--help'])
    expect(code).toBe(0)
    expect(out).toContain('Usage: shopsim simplify <url|file.html> [--json] [--offline]')
    expect(out).toContain('Examples:')
  })
})

describe('shopsim simplify <url>', () => {
  let server: Server
  let origin: string

  beforeAll(async () => {
    // An amazon-like search page built from LANDMARKS.md, chosen by its path (/s) rather than its content.
    server = createServer((request, response) => {
      if (!request.url?.startsWith('/s?')) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><div id="navbar" role="navigation" aria-label="Primary"><form id="nav-search-bar-form" role="search">
         <input id="twotabsearchtextbox" type="text" value="tent"><input id="nav-search-submit-button" type="submit" value="Go">
         </form></div><div class="s-main-slot"><div data-component-type="s-search-result" data-asin="B0TENT"><a href="/dp/B0TENT">
         <h2>Trail Tent</h2></a></div></div>`,
      )
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((done) => server.close(done))
  })

  it('opens an http page in Chromium and picks the recipe by its path', async () => {
    const { code, out } = await run([`${origin}/s?k=tent`, '--json'])
    expect(code).toBe(0)
    const result = JSON.parse(out) as JsonOutput
    expect(result.recipe).toBe('amazon-search')
    expect(result.elements.map((e) => e.name)).toContain('search_results.trail_tent.product_name')
    expect(result.pageMeta.search_results).toEqual([
      { asin: 'B0TENT', title: 'Trail Tent', price: null, rating: null, url: `${origin}/dp/B0TENT` },
    ])
  })

  it('fails with E_PAGE_LOAD when the page cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const port = (closed.address() as AddressInfo).port
    await new Promise((done) => closed.close(done))
    const { code, err } = await run([`http://127.0.0.1:${port}/s?k=x`])
    expect(code).toBe(1)
    expect(err).toContain('shopsim: E_PAGE_LOAD:')
  })
})

describe('shopsim simplify as a process', () => {
  it('runs the in-page matcher from source under tsx (functions sent to the page survive keepNames)', () => {
    const cli = fileURLToPath(new URL('./run.ts', import.meta.url))
    const page = join(mkdtempSync(join(tmpdir(), 'shopsim-simplify-')), 'page.html')
    writeFileSync(
      page,
      '<div id="navbar"><form id="nav-search-bar-form"><input id="twotabsearchtextbox" type="text">' +
        '<input id="nav-search-submit-button" type="submit"></form></div>',
    )
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'simplify', page], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('<input name="nav_bar.search_input" type="text"')
  })
})

import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../environments/browser/launch.js'
import { AMAZON_RECIPES } from '../../environments/recipes/index.js'
import { openSavedPage } from '../../environments/simplify/open-saved-page.js'
import { type SimplifiedHtml, simplifyHtml } from '../../environments/simplify/simplify-html.js'
import { simplifyPage } from '../../environments/simplify/simplify-page.js'
import { ShopsimError } from '../../traces/errors.js'
import { defineCommand } from './define-command.js'
import { type CliIo, EXIT } from './io.js'

const NAME = 'shopsim simplify'
const PAGE_TIMEOUT_MS = 30_000

type Target = { kind: 'url'; url: string } | { kind: 'file'; path: string }

/** A target is a URL when it has a scheme; only http(s) pages are opened, anything else is a file path. */
function parseTarget(arg: string, cwd: string): Target | { kind: 'invalid'; reason: string } {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(arg)?.[1]?.toLowerCase()
  if (scheme === 'http' || scheme === 'https') return { kind: 'url', url: arg }
  if (scheme !== undefined)
    return {
      kind: 'invalid',
      reason: `only http and https URLs are opened, not ${scheme}: (give a file as a path)`,
    }
  const path = resolve(cwd, arg)
  if (!existsSync(path) || !statSync(path).isFile())
    return { kind: 'invalid', reason: `no such file: ${path}` }
  return { kind: 'file', path }
}

async function inBrowser(target: Target): Promise<SimplifiedHtml & { url: string }> {
  const browser: Browser = await launchChromium()
  try {
    // A saved page is shown as saved: no JavaScript, and nothing but the file itself is loaded.
    const context = await browser.newContext({ javaScriptEnabled: target.kind === 'url' })
    const page = await context.newPage()
    try {
      if (target.kind === 'file') await openSavedPage(page, target.path)
      else await page.goto(target.url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS })
    } catch (error) {
      const where = target.kind === 'file' ? target.path : target.url
      throw new ShopsimError(
        'E_PAGE_LOAD',
        `${where} could not be opened: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
        target.kind === 'url'
          ? 'Check the address and that this machine can reach it; --offline works on saved files only.'
          : 'Check that the file is an HTML page.',
        { cause: error },
      )
    }
    return { ...(await simplifyPage(page, AMAZON_RECIPES)), url: page.url() }
  } finally {
    await browser.close()
  }
}

function write(io: CliIo, result: SimplifiedHtml & { url: string }, json: boolean): void {
  if (json) {
    const { recipe, url, elements, pageMeta, elementMeta, warnings } = result
    io.stdout.write(
      `${JSON.stringify({ recipe, url, elements, pageMeta, elementMeta, warnings }, null, 2)}\n`,
    )
    return
  }
  io.stdout.write(`${result.html}\n`)
  const counts = new Map<string, number>()
  for (const warning of result.warnings) counts.set(warning.code, (counts.get(warning.code) ?? 0) + 1)
  for (const [code, count] of counts)
    io.stderr.write(`${NAME}: warning: ${count} ${code} (--json lists them)\n`)
}

export const simplify = defineCommand({
  path: ['simplify'],
  summary: 'Print the OPeRA simplified HTML of a page (amazon.com or the embedded store)',
  usage: 'shopsim simplify <url|file.html> [--json] [--offline]',
  options: {
    json: { type: 'boolean', default: false },
    offline: { type: 'boolean', default: false },
  },
  optionHelp: {
    json: 'print the element table, page_meta, element_meta and warnings as JSON instead of the HTML',
    offline: 'parse a saved file without a browser (no boxes; visibility only from inline styles)',
  },
  examples: [
    'shopsim simplify ../shared/fixtures/amazon/search-portable-charger.html',
    'shopsim simplify saved-product-page.html --json',
    'shopsim simplify saved-product-page.html --offline --json',
    'shopsim simplify http://127.0.0.1:8080/s?k=tent',
  ],
  async run({ values, positionals }, io) {
    const [arg, ...extra] = positionals
    if (arg === undefined || extra.length > 0) {
      io.stderr.write(`${NAME}: give one URL or HTML file (see --help)\n`)
      return EXIT.usage
    }
    const target = parseTarget(arg, io.cwd)
    if (target.kind === 'invalid') {
      io.stderr.write(`${NAME}: ${target.reason}\n`)
      return EXIT.usage
    }
    const json = values.json === true
    if (values.offline === true) {
      if (target.kind === 'url') {
        io.stderr.write(`${NAME}: --offline reads saved files; a URL is opened in Chromium\n`)
        return EXIT.usage
      }
      const url = pathToFileURL(target.path).href
      write(io, { ...simplifyHtml(readFileSync(target.path, 'utf8'), AMAZON_RECIPES, { url }), url }, json)
      return EXIT.ok
    }
    write(io, await inBrowser(target), json)
    return EXIT.ok
  },
})

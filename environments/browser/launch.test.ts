import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isShopsimError } from '../../traces/errors.js'
import { browserVersion, CHROMIUM_FLAGS, chromiumArgs, launchChromium } from './launch.js'

describe('chromiumArgs', () => {
  it('adds --no-sandbox only for root', () => {
    expect(chromiumArgs({ root: true })).toEqual(['--no-sandbox', ...CHROMIUM_FLAGS])
    expect(chromiumArgs({ root: false })).toEqual([...CHROMIUM_FLAGS])
  })

  it('switches features off in one --disable-features, which also carries what Playwright switches off', () => {
    // Chromium reads only the last --disable-features; a second one in our list would undo the first.
    const lists = CHROMIUM_FLAGS.filter((flag) => flag.startsWith('--disable-features='))
    expect(lists).toHaveLength(1)
    const features = (lists[0] ?? '').slice('--disable-features='.length).split(',')
    expect(features).toEqual(
      expect.arrayContaining(['RenderDocument', 'PaintHolding', 'HttpsUpgrades', 'Translate']),
    )
  })
})

describe('launchChromium', () => {
  it('starts the real Chromium, renders HTML and reports its version', async () => {
    const browser = await launchChromium()
    try {
      expect(browserVersion(browser)).toMatch(/^chromium \d+\.\d+/)
      const page = await browser.newPage()
      await page.goto('about:blank')
      await page.setContent('<main><h1 id="title">Portable charger</h1><button>Add to cart</button></main>')
      expect(await page.locator('#title').textContent()).toBe('Portable charger')
      expect(await page.getByRole('button', { name: 'Add to cart' }).count()).toBe(1)
    } finally {
      await browser.close()
    }
  })

  it('wraps a failed start in E_BROWSER_LAUNCH with a hint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shopsim-launch-'))
    const fake = path.join(dir, 'chrome')
    writeFileSync(fake, '#!/bin/sh\necho "not a browser" >&2\nexit 1\n')
    chmodSync(fake, 0o755)
    try {
      const error = await launchChromium({ executablePath: fake, timeoutMs: 5_000 }).catch((e: unknown) => e)
      expect(isShopsimError(error, 'E_BROWSER_LAUNCH')).toBe(true)
      if (!isShopsimError(error)) return
      expect(error.message).toContain(fake)
      expect(error.hint).toContain('SHOPSIM_CHROMIUM')
      expect(error.cause).toBeInstanceOf(Error)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('fails with E_BROWSER_NOT_FOUND before launching when the search finds nothing', async () => {
    const error = await launchChromium({ find: { env: { SHOPSIM_CHROMIUM: '/nonexistent/chrome' } } }).catch(
      (e: unknown) => e,
    )
    expect(isShopsimError(error, 'E_BROWSER_NOT_FOUND')).toBe(true)
  })
})

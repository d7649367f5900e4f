import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isShopsimError, type ShopsimError } from '../../traces/errors.js'
import { isExecutableFile } from './executable.js'
import { type FindChromiumOptions, findChromium, tryFindChromium } from './find-chromium.js'
import { tempExecutables } from './temp-executables.js'

const tempDir = tempExecutables

function thrown(run: () => unknown): ShopsimError {
  try {
    run()
  } catch (error) {
    if (isShopsimError(error)) return error
    throw error
  }
  throw new Error('expected a ShopsimError')
}

describe('findChromium', () => {
  let tmp: ReturnType<typeof tempDir>
  // Only files inside the temp dir count, so the real /usr/bin/chromium of the machine cannot leak in.
  let options: (env: Record<string, string>, playwright?: string) => FindChromiumOptions
  beforeEach(() => {
    tmp = tempDir()
    options = (env, playwright) => ({
      env,
      isExecutable: (file) => file.startsWith(tmp.dir) && isExecutableFile(file),
      playwrightPath: () => playwright,
    })
  })
  afterEach(() => tmp.remove())

  it('prefers SHOPSIM_CHROMIUM over Playwright and system browsers', () => {
    const chosen = tmp.file('custom/chrome', 0o755)
    const pw = tmp.file('pw/chrome', 0o755)
    tmp.file('bin/chromium', 0o755)
    const found = findChromium(options({ SHOPSIM_CHROMIUM: chosen, PATH: path.join(tmp.dir, 'bin') }, pw))
    expect(found).toEqual({ path: chosen, source: 'env' })
  })

  it('fails with E_BROWSER_NOT_FOUND naming SHOPSIM_CHROMIUM when it is missing, not executable or a directory', () => {
    tmp.file('bin/chromium', 0o755)
    const bin = path.join(tmp.dir, 'bin')
    for (const bad of [path.join(tmp.dir, 'missing'), tmp.file('plain', 0o644), bin]) {
      const error = thrown(() => findChromium(options({ SHOPSIM_CHROMIUM: bad, PATH: bin })))
      expect(error.code).toBe('E_BROWSER_NOT_FOUND')
      expect(error.message).toContain('SHOPSIM_CHROMIUM')
      expect(error.message).toContain(bad)
      expect(error.hint).toContain('SHOPSIM_CHROMIUM')
    }
  })

  it('treats an empty SHOPSIM_CHROMIUM as unset', () => {
    const system = tmp.file('bin/chromium', 0o755)
    expect(findChromium(options({ SHOPSIM_CHROMIUM: '', PATH: path.join(tmp.dir, 'bin') }))).toEqual({
      path: system,
      source: 'system',
    })
  })

  it("uses Playwright's browser before a system one, but only if the file exists", () => {
    const system = tmp.file('bin/chromium', 0o755)
    const env = { PATH: path.join(tmp.dir, 'bin') }
    const pw = tmp.file('pw/chrome-linux64/chrome', 0o755)
    expect(findChromium(options(env, pw))).toEqual({ path: pw, source: 'playwright' })
    expect(findChromium(options(env, path.join(tmp.dir, 'pw/not-downloaded/chrome')))).toEqual({
      path: system,
      source: 'system',
    })
  })

  it('searches names in preference order, then PATH order', () => {
    tmp.file('first/google-chrome', 0o755)
    const chromium = tmp.file('second/chromium', 0o755)
    tmp.file('third/chromium', 0o755)
    const PATH = ['first', 'second', 'third'].map((d) => path.join(tmp.dir, d)).join(path.delimiter)
    expect(findChromium(options({ PATH }))).toEqual({ path: chromium, source: 'system' })
  })

  it('finds chromium-browser, google-chrome and google-chrome-stable too, and skips non-executables', () => {
    tmp.file('bin/chromium', 0o644)
    for (const name of ['chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const dir = path.join(tmp.dir, name)
      const file = tmp.file(`${name}/${name}`, 0o755)
      expect(findChromium(options({ PATH: [path.join(tmp.dir, 'bin'), dir].join(path.delimiter) }))).toEqual({
        path: file,
        source: 'system',
      })
    }
  })

  it('also looks in /usr/bin when PATH lacks it', () => {
    const found = findChromium({
      env: { PATH: '/nowhere' },
      isExecutable: (file) => file === '/usr/bin/chromium-browser',
      playwrightPath: () => undefined,
    })
    expect(found).toEqual({ path: '/usr/bin/chromium-browser', source: 'system' })
  })

  it('fails with E_BROWSER_NOT_FOUND and says exactly what to run when nothing is installed', () => {
    const none = options({ PATH: path.join(tmp.dir, 'empty') }, path.join(tmp.dir, 'pw/chrome'))
    expect(tryFindChromium(none)).toBeUndefined()
    const error = thrown(() => findChromium(none))
    expect(error.code).toBe('E_BROWSER_NOT_FOUND')
    expect(error.message).toContain(path.join(tmp.dir, 'empty'))
    expect(error.hint).toContain('sudo apt-get install -y chromium')
    expect(error.hint).toContain('npx playwright install chromium')
    expect(error.hint).toContain('SHOPSIM_CHROMIUM=')
  })
})

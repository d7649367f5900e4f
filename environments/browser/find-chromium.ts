import { chromium } from 'playwright-core'
import { ShopsimError } from '../../traces/errors.js'
import { findOnPath, type IsExecutable, isExecutableFile, searchDirs } from './executable.js'

export type ChromiumSource = 'env' | 'playwright' | 'system'

export interface FoundChromium {
  path: string
  source: ChromiumSource
}

export interface FindChromiumOptions {
  env?: Readonly<Record<string, string | undefined>>
  isExecutable?: IsExecutable
  /** Where Playwright would put its own Chromium; injected so tests need not depend on the real cache. */
  playwrightPath?: () => string | undefined
}

export const CHROMIUM_ENV = 'SHOPSIM_CHROMIUM'

/** Preferred first: distributions ship `chromium` or `chromium-browser`, Google ships `google-chrome*`. */
export const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

export const INSTALL_HINT = [
  'Install Chromium with one of:',
  '  sudo apt-get install -y chromium        (Debian; on Ubuntu: chromium-browser)',
  '  npx playwright install chromium         (needs access to Playwright’s download CDN)',
  `or point ${CHROMIUM_ENV} at an existing Chrome/Chromium executable: export ${CHROMIUM_ENV}=/path/to/chrome`,
].join('\n')

function playwrightExecutablePath(): string | undefined {
  try {
    return chromium.executablePath()
  } catch {
    // Playwright throws on platforms it has no build for; that only means "not installed here".
    return undefined
  }
}

/**
 * Finds a Chromium executable: `SHOPSIM_CHROMIUM`, then Playwright's installed browser, then a system
 * Chromium/Chrome on PATH or in /usr/bin. Throws E_BROWSER_NOT_FOUND with install instructions.
 */
export function findChromium(options: FindChromiumOptions = {}): FoundChromium {
  const found = tryFindChromium(options)
  if (found) return found
  const env = options.env ?? process.env
  throw new ShopsimError(
    'E_BROWSER_NOT_FOUND',
    `No Chromium found: ${CHROMIUM_ENV} is not set, Playwright's Chromium is not installed, and none of ` +
      `${SYSTEM_CHROMIUM_NAMES.join(', ')} is on PATH or in /usr/bin (searched: ${searchDirs(env.PATH).join(', ')})`,
    INSTALL_HINT,
  )
}

/** Like findChromium but returns undefined when nothing is installed; a broken SHOPSIM_CHROMIUM still throws. */
export function tryFindChromium(options: FindChromiumOptions = {}): FoundChromium | undefined {
  const env = options.env ?? process.env
  const isExecutable = options.isExecutable ?? isExecutableFile

  const fromEnv = env[CHROMIUM_ENV]
  if (fromEnv !== undefined && fromEnv !== '') {
    // An explicit choice that is wrong must not be silently replaced by another browser.
    if (!isExecutable(fromEnv)) {
      throw new ShopsimError(
        'E_BROWSER_NOT_FOUND',
        `${CHROMIUM_ENV} is set to ${fromEnv}, which is not an executable file`,
        `Set ${CHROMIUM_ENV} to the full path of a Chrome/Chromium executable (e.g. /usr/bin/chromium), or unset it to let shopsim search.`,
      )
    }
    return { path: fromEnv, source: 'env' }
  }

  const fromPlaywright = (options.playwrightPath ?? playwrightExecutablePath)()
  if (fromPlaywright !== undefined && isExecutable(fromPlaywright)) {
    return { path: fromPlaywright, source: 'playwright' }
  }

  const dirs = searchDirs(env.PATH)
  for (const name of SYSTEM_CHROMIUM_NAMES) {
    const fromSystem = findOnPath(name, dirs, isExecutable)
    if (fromSystem !== undefined) return { path: fromSystem, source: 'system' }
  }
  return undefined
}

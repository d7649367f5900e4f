import { type Browser, chromium } from 'playwright-core'
import { ShopsimError } from '../../traces/errors.js'
import { type FindChromiumOptions, findChromium } from './find-chromium.js'

/**
 * Features switched off. Chromium reads only the last `--disable-features` it is given, and Playwright
 * puts its own list before ours, so this one list has to carry Playwright's too (the second group).
 */
const DISABLED_FEATURES = [
  // Nothing that calls home or opens browser UI a session never sees (the omnibox popups are WebUI
  // pages that every new window preloads in an extra renderer).
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  // One renderer frame and compositor per tab, kept across navigations, instead of new ones per document:
  // a fresh compositor draws its first frame from nothing, which made every screenshot after a click
  // ~100 ms slower on two cores.
  'RenderDocument',
  // Playwright's own list, which ours replaces: paint holding (a same-site navigation would keep showing
  // the old page), network chatter at start-up, HTTPS upgrades of the store's plain-HTTP pages.
  'PaintHolding',
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'LensOverlay',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
] as const

/**
 * Flags for a browser that must not talk to the network on its own: no update checks, sync,
 * field trials, translation or QUIC, and no GPU (headless servers rarely have one).
 */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-default-browser-check',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
] as const

export function isRootUser(): boolean {
  return process.getuid?.() === 0
}

/** CHROMIUM_FLAGS plus `--no-sandbox` as root, where Chromium refuses to start with its sandbox. */
export function chromiumArgs(options: { root?: boolean } = {}): string[] {
  const root = options.root ?? isRootUser()
  return root ? ['--no-sandbox', ...CHROMIUM_FLAGS] : [...CHROMIUM_FLAGS]
}

export interface LaunchChromiumOptions {
  /** Skips the search; otherwise findChromium() decides. */
  executablePath?: string
  headless?: boolean
  /**
   * Playwright's default (true) closes Chromium and exits the process (code 130) on Ctrl-C. false leaves
   * SIGINT, SIGTERM and SIGHUP to the caller, which must then close the browser itself.
   */
  closeOnSignals?: boolean
  /** Added after chromiumArgs(). */
  extraArgs?: readonly string[]
  root?: boolean
  timeoutMs?: number
  find?: FindChromiumOptions
}

export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? findChromium(options.find).path
  const args = [
    ...chromiumArgs(options.root === undefined ? {} : { root: options.root }),
    ...(options.extraArgs ?? []),
  ]
  try {
    return await chromium.launch({
      executablePath,
      headless: options.headless ?? true,
      ...(options.closeOnSignals === false && {
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      }),
      args,
      timeout: options.timeoutMs ?? 30_000,
    })
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)
    throw new ShopsimError(
      'E_BROWSER_LAUNCH',
      `Chromium at ${executablePath} could not be started: ${detail}`,
      `Run \`${executablePath} --headless --dump-dom about:blank\` to see Chromium's own error. Missing shared ` +
        'libraries are fixed by installing the distribution package (sudo apt-get install -y chromium); ' +
        'or set SHOPSIM_CHROMIUM to another Chrome/Chromium build.',
      { cause: error },
    )
  }
}

/** "chromium <version>", recorded in session provenance. */
export function browserVersion(browser: Browser): string {
  return `${browser.browserType().name()} ${browser.version()}`
}

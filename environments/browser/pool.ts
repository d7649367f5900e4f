import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core'
import { ShopsimError } from '../../traces/errors.js'
import { browserVersion, type LaunchChromiumOptions, launchChromium } from './launch.js'

export interface BrowserPoolOptions {
  /** Connect to a Playwright browser server (`--browser-ws`) instead of launching Chromium. */
  wsEndpoint?: string
  launch?: LaunchChromiumOptions
  /** How the browser is obtained; defaults to launching or connecting as above. Tests pass their own. */
  open?: () => Promise<Browser>
}

/** A browser context lent to one session. `alive` turns false when its browser dies. */
export interface PooledContext {
  readonly context: BrowserContext
  readonly generation: number
  alive(): boolean
  /** Throws E_BROWSER_CRASHED when the browser this context lived in is gone. */
  assertAlive(): void
  close(): Promise<void>
}

export interface BrowserPool {
  /** A fresh context (one per session); relaunches the browser first if it died. */
  newContext(options?: BrowserContextOptions): Promise<PooledContext>
  /** e.g. "chromium 156.0.8078.108" — recorded in session provenance. */
  version(): Promise<string>
  /** How many times a browser had to be started (1 after the first context). */
  readonly launches: number
  close(): Promise<void>
}

function crashed(generation: number): ShopsimError {
  return new ShopsimError(
    'E_BROWSER_CRASHED',
    `Chromium (browser #${generation}) exited or was disconnected; this session's page is gone`,
    'The pool relaunches Chromium for the next session; the runner retries the affected session once.',
  )
}

/**
 * One Chromium shared by many sessions, a context each. A crashed or disconnected browser is
 * replaced on the next request, and every context it held reports E_BROWSER_CRASHED.
 */
export function createBrowserPool(options: BrowserPoolOptions = {}): BrowserPool {
  const open =
    options.open ??
    (options.wsEndpoint
      ? () => connect(options.wsEndpoint as string)
      : () => launchChromium(options.launch ?? {}))
  let current: { browser: Browser; generation: number; dead: boolean } | undefined
  let starting: Promise<{ browser: Browser; generation: number; dead: boolean }> | undefined
  let launches = 0
  let closed = false

  async function browser() {
    if (closed)
      throw new ShopsimError('E_BROWSER_CRASHED', 'the browser pool is closed', 'Create a new pool.')
    if (current && !current.dead) return current
    starting ??= (async () => {
      const browser = await open()
      launches++
      const entry = { browser, generation: launches, dead: false }
      browser.on('disconnected', () => {
        entry.dead = true
      })
      current = entry
      return entry
    })().finally(() => {
      starting = undefined
    })
    return starting
  }

  return {
    get launches() {
      return launches
    },
    async newContext(contextOptions = {}) {
      const entry = await browser()
      let context: BrowserContext
      try {
        context = await entry.browser.newContext(contextOptions)
      } catch (error) {
        if (!entry.browser.isConnected()) throw crashed(entry.generation)
        throw error
      }
      const alive = () => !entry.dead && entry.browser.isConnected()
      return {
        context,
        generation: entry.generation,
        alive,
        assertAlive() {
          if (!alive()) throw crashed(entry.generation)
        },
        async close() {
          if (alive()) await context.close().catch(() => undefined)
        },
      }
    },
    async version() {
      return browserVersion((await browser()).browser)
    },
    async close() {
      closed = true
      const entry = current ?? (starting ? await starting.catch(() => undefined) : undefined)
      if (entry?.browser.isConnected()) await entry.browser.close().catch(() => undefined)
    },
  }
}

async function connect(wsEndpoint: string): Promise<Browser> {
  try {
    return await chromium.connect(wsEndpoint, { timeout: 30_000 })
  } catch (error) {
    throw new ShopsimError(
      'E_BROWSER_CONNECT',
      `could not connect to a Playwright browser server at ${wsEndpoint}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      'Start one with `npx playwright run-server` (or `chromium.launchServer()`), same Playwright version as shopsim, and pass its ws:// endpoint.',
      { cause: error },
    )
  }
}

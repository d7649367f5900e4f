import type { CDPSession, Page, Request } from 'playwright-core'
import sharp from 'sharp'
import { ShopsimError } from '../traces/errors.js'
import type { Action } from '../traces/schema/action.js'
import type { Observation, Viewport } from '../traces/schema/observation.js'
import type { BrowserPool, PooledContext } from './browser/pool.js'
import { act } from './live/act.js'
import type { ActResult } from './live/act-result.js'
import { allowlistMatcher, directConnectionRules } from './live/allowlist.js'
import { picturesShown } from './live/pictures-shown.js'
import { refusingProxy } from './live/refusing-proxy.js'
import { AMAZON_RECIPES } from './recipes/index.js'
import type { Recipe } from './simplify/recipe-schema.js'
import { type SimplifiedPage, simplifyPage } from './simplify/simplify-page.js'
import type { SimplifyWarning } from './simplify/warnings.js'

/** Turns the current page into OPeRA's vocabulary and marks the real elements by name. */
export type Simplifier = (page: Page) => Promise<SimplifiedPage>

export interface LiveEnvironmentOptions {
  pool: BrowserPool
  /** Origins (or `*.host` patterns) the agent may load; everything else is refused and reported. */
  allowlist: readonly string[]
  /** Default: the amazon.com recipes, which the embedded store mirrors. */
  recipes?: readonly Recipe[]
  /** Replaces the recipe engine altogether (tests, other sites). */
  simplify?: Simplifier
  viewport?: Viewport
  screenshot?: { quality?: number; maxWidth?: number }
  /** Per action: clicks, typing and the navigation they start. */
  actionTimeoutMs?: number
}

export interface LiveObservation {
  observation: Observation
  /** Viewport JPEG; the recorder stores it as a side file and puts its reference in the observation. */
  screenshot: { bytes: Uint8Array; width: number; height: number }
  /** element_meta records by name (see elementMetaFor for a descendant's). */
  elementMeta: SimplifiedPage['elementMeta']
  recipe: string | null
  warnings: SimplifyWarning[]
  /** Requests refused by the allowlist since the previous observation. */
  blockedRequests: string[]
}

export interface LiveEnvironment {
  readonly page: Page
  reset(startUrl: string): Promise<ActResult>
  observe(): Promise<LiveObservation>
  act(action: Action): Promise<ActResult>
  close(): Promise<void>
}

const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 }

/** A request of a page's top frame; a worker's requests have no frame. */
function isTopFrame(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null
  } catch {
    return false
  }
}

/**
 * A JPEG of the viewport straight from DevTools: what page.screenshot takes, ~45 ms sooner a step (it first
 * waits on the page's fonts, in a round trip through the page, and asks for the layout metrics to clip to the
 * visual viewport, which without pinch zoom is the whole view: the bytes are the same, scrolled or not). The
 * caret is left as it is (hiding it restyles the page twice). Falls back to page.screenshot if DevTools cannot
 * capture, or does not answer.
 */
async function captureViewport(page: Page, session: CDPSession, quality: number): Promise<Buffer> {
  const capture = session
    .send('Page.captureScreenshot', { format: 'jpeg', quality })
    .then(({ data }) => Buffer.from(data, 'base64'))
  capture.catch(() => undefined)
  // A capture asked for while the tab swaps documents can go unanswered for good (seen when a recorded
  // person's new tab was moved into the recorded one): after a while Playwright's screenshot takes over.
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, CAPTURE_PATIENCE_MS, undefined)
  })
  try {
    const shot = await Promise.race([capture, late])
    if (shot !== undefined) return shot
  } catch (error) {
    if (page.isClosed()) throw error
  } finally {
    clearTimeout(timer)
  }
  return page.screenshot({ type: 'jpeg', quality, caret: 'initial' })
}

const CAPTURE_PATIENCE_MS = 3000

/**
 * An Environment over real pages in Chromium: one browser context per session, every request checked
 * against the allowlist, observations in OPeRA's simplified-HTML vocabulary.
 */
export async function openLiveEnvironment(options: LiveEnvironmentOptions): Promise<LiveEnvironment> {
  const viewport = options.viewport ?? DEFAULT_VIEWPORT
  const timeoutMs = options.actionTimeoutMs ?? 10_000
  const allowed = allowlistMatcher(options.allowlist)
  const recipes = options.recipes ?? AMAZON_RECIPES
  const simplify = options.simplify ?? ((page: Page) => simplifyPage(page, recipes))
  // The allowlist is enforced by Chromium's network stack: allowed origins connect directly, everything
  // else goes to a proxy that refuses it. Unlike request interception (context.route), this keeps the HTTP
  // cache and stops no request on its way; it covers popups, frames of other sites and workers alike.
  // Requests made from Node through the context (page.request) meet the same proxy and are refused.
  const lent: PooledContext = await options.pool.newContext({
    viewport,
    serviceWorkers: 'block',
    proxy: { server: await refusingProxy(), bypass: directConnectionRules(options.allowlist).join(',') },
  })
  const blockedRequests: string[] = []
  let blockedNavigations: string[] = []
  lent.context.on('requestfailed', (request) => {
    if (allowed(request.url())) return
    blockedRequests.push(request.url())
    if (request.isNavigationRequest() && isTopFrame(request)) blockedNavigations.push(request.url())
  })
  const page = await lent.context.newPage()
  // Our own DevTools session on the page: act watches it for navigations a mouse click requests, and
  // observe takes screenshots through it.
  const session = await lent.context.newCDPSession(page)
  await session.send('Page.enable')
  const mainFrameId = (await session.send('Page.getFrameTree')).frameTree.frame.id

  /** Infrastructure failures (a dead browser) surface as typed errors; agent mistakes never throw. */
  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    lent.assertAlive()
    try {
      return await work()
    } catch (error) {
      lent.assertAlive()
      if (page.isClosed())
        throw new ShopsimError('E_BROWSER_CRASHED', 'the session page was closed', 'Open a new environment.')
      throw error
    }
  }

  const actContext = {
    page,
    devtools: { session, mainFrameId },
    timeoutMs,
    blockedNavigations: () => blockedNavigations,
  }

  return {
    page,
    reset(startUrl) {
      return guarded(async () => {
        blockedNavigations = []
        if (!allowed(startUrl)) return { kind: 'navigation_blocked', url: startUrl }
        try {
          await page.goto(startUrl, { waitUntil: 'domcontentloaded', timeout: timeoutMs * 3 })
        } catch (error) {
          if (blockedNavigations[0] !== undefined)
            return { kind: 'navigation_blocked', url: blockedNavigations[0] }
          if (error instanceof Error && error.name === 'TimeoutError')
            return { kind: 'timeout', ms: timeoutMs * 3, during: `load ${startUrl}` }
          throw error
        }
        return { kind: 'ok', url: page.url(), navigated: true }
      })
    },
    observe() {
      return guarded(async () => {
        // The pictures first: the simplifier holds the page's main thread for tens of milliseconds, and the
        // pictures' load and decode events wait behind it. It only reads the page and tags elements with
        // attributes, which changes nothing drawn, so the screenshot is taken while it runs rather than after.
        await picturesShown(page)
        const [view, shot] = await Promise.all([
          simplify(page),
          captureViewport(page, session, options.screenshot?.quality ?? 60),
        ])
        let bytes: Uint8Array = shot
        let size = { width: viewport.width, height: viewport.height }
        const maxWidth = options.screenshot?.maxWidth
        if (maxWidth !== undefined && maxWidth < viewport.width) {
          size = { width: maxWidth, height: Math.round((viewport.height * maxWidth) / viewport.width) }
          bytes = await sharp(bytes)
            .resize(size.width, size.height)
            .jpeg({ quality: options.screenshot?.quality ?? 60 })
            .toBuffer()
        }
        const blocked = blockedRequests.splice(0)
        return {
          observation: {
            url: page.url(),
            html: view.html,
            pageMeta: view.pageMeta,
            viewport,
            elements: view.elements,
            screenshot: size,
          },
          screenshot: { bytes, ...size },
          elementMeta: view.elementMeta,
          recipe: view.recipe,
          warnings: view.warnings,
          blockedRequests: blocked,
        }
      })
    },
    act(action) {
      return guarded(() => {
        blockedNavigations = []
        return act(actContext, action)
      })
    },
    close: () => lent.close(),
  }
}

export type { ActResult } from './live/act-result.js'

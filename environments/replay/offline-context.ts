import type { BrowserContextOptions } from 'playwright-core'
import type { BrowserPool, PooledContext } from '../browser/pool.js'

/**
 * A replayed page is recorded content, not a site: no script runs and nothing it points at is fetched.
 * `offline` and the catch-all route are two independent locks on the same door.
 */
export const OFFLINE_CONTEXT_OPTIONS: BrowserContextOptions = {
  javaScriptEnabled: false,
  serviceWorkers: 'block',
  offline: true,
  acceptDownloads: false,
  bypassCSP: false,
  viewport: { width: 1280, height: 800 },
  // Chromium preconnects (opens a TCP connection, sends nothing) to the target of a navigation before any
  // route sees it, e.g. for an iframe. A proxy on a closed local port, loopback included, catches those too.
  proxy: { server: 'http://127.0.0.1:9', bypass: '<-loopback>' },
}

/** A context from the pool in which every request (images, styles, frames, navigations) is refused. */
export async function openOfflineContext(pool: BrowserPool): Promise<PooledContext> {
  const pooled = await pool.newContext(OFFLINE_CONTEXT_OPTIONS)
  try {
    await pooled.context.route('**/*', (route) => route.abort('blockedbyclient').catch(() => undefined))
  } catch (error) {
    await pooled.close()
    throw error
  }
  return pooled
}

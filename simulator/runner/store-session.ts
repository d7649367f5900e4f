import type { Page } from 'playwright-core'
import { SESSION_COOKIE, type Store } from '../../environments/store/index.js'

/**
 * The store session of a page's browser context, from the cookie the store set on the first page: read from
 * the browser's cookie jar, which costs no request and no work in the page (an in-page fetch of
 * `/__shopsim/session` cost ~65 ms). Undefined before the store has set one.
 */
export async function storeSessionOf(store: Store, page: Page): Promise<string | undefined> {
  const cookies = await page.context().cookies(store.url)
  const value = cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value
  return value === undefined ? undefined : store.sessionOfCookie(value)
}

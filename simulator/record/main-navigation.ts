import type { Page, Request } from 'playwright-core'

/**
 * Whether the tab's main frame is between a navigation request and the new document: the recorder neither
 * asks the person nor observes then, since the page on screen is about to go.
 */
export function trackMainNavigation(page: Page): { readonly pending: boolean } {
  let pending = false
  const isMainNavigation = (request: Request) => {
    try {
      return request.isNavigationRequest() && request.frame() === page.mainFrame()
    } catch {
      // Service-worker requests have no frame.
      return false
    }
  }
  const over = (request: Request) => {
    if (isMainNavigation(request)) pending = false
  }
  page.on('request', (request) => {
    if (isMainNavigation(request)) pending = true
  })
  page.on('requestfinished', over)
  page.on('requestfailed', over)
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) pending = false
  })
  return {
    get pending() {
      return pending
    },
  }
}

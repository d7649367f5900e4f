import { html } from './html.js'
import { layout } from './layout.js'
import type { NavContext } from './nav-bar.js'

const HEADINGS: Record<number, string> = {
  400: 'That request was not quite right',
  404: 'Sorry! We could not find that page',
  405: 'That action is not available here',
  409: 'We could not do that',
  413: 'That request was too large',
  415: 'That form could not be read',
}

/** A 4xx page: what went wrong in words a shopper understands, and a way back. */
export function errorPage(status: number, message: string, nav: NavContext): string {
  const heading = HEADINGS[status] ?? 'Something went wrong'
  const body = html`<div id="g" class="a-section store-error" data-status="${status}">
  <h1 class="a-size-large">${heading}</h1>
  <p id="store-error-message" class="a-size-medium">${message}</p>
  <p><a class="a-link-normal" href="/">Go to the shopsim home page</a> or search for something else above.</p>
  <p class="a-size-small a-color-secondary">Error ${status}</p>
</div>`
  return layout({ title: `shopsim.store: ${heading}`, nav, body, pageClass: 'page-error' })
}

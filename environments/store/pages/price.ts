import { money } from './format.js'
import { html, type SafeHtml } from './html.js'

/**
 * amazon's price markup: the whole price as text in `.a-offscreen` (what recipes and screen readers
 * read) and the visible symbol / whole / fraction parts beside it.
 */
export function priceTag(cents: number, extraClass = ''): SafeHtml {
  const text = money(cents)
  const [whole = '', fraction = ''] = text.slice(1).split('.')
  return html`<span class="a-price ${extraClass}" data-a-size="l"
    ><span class="a-offscreen">${text}</span
    ><span aria-hidden="true"
      ><span class="a-price-symbol">$</span
      ><span class="a-price-whole">${whole}<span class="a-price-decimal">.</span></span
      ><span class="a-price-fraction">${fraction}</span></span
    ></span
  >`
}

/** The struck-through list price of a deal. */
export function listPriceTag(cents: number): SafeHtml {
  const text = money(cents)
  return html`<span class="a-price a-text-price" data-a-strike="true"
    ><span class="a-offscreen">${text}</span><span aria-hidden="true">${text}</span></span
  >`
}

/** "-23%" for a deal. */
export function savingsPercent(priceCents: number, listCents: number): number {
  return Math.round(100 * (1 - priceCents / listCents))
}

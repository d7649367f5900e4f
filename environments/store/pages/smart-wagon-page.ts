import { describeSelection } from '../catalog/pricing.js'
import type { CartTotals } from '../session/cart.js'
import { count, money } from './format.js'
import { html } from './html.js'
import { layout } from './layout.js'
import type { NavContext } from './nav-bar.js'
import type { SideSheetLine } from './side-sheet.js'
import { imageUrl, productUrl } from './urls.js'

/**
 * `/cart/smart-wagon`: the page amazon shows after adding from a list, with the confirmation
 * (`#sw-atc-confirmation`), Go to Cart (`#sw-gtc a`) and Proceed to checkout.
 */
export function smartWagonPage(added: SideSheetLine, totals: CartTotals, nav: NavContext): string {
  const body = html`<div id="sw-atc-details-single-container" class="a-box sw-card">
  <div class="sw-added">
    <img src="${imageUrl(added.product.asin, 100, added.selection.color)}" alt="" width="100" height="100" />
    <div>
      <h1 id="sw-atc-confirmation" class="a-size-medium-plus a-color-success">Added to cart</h1>
      <a class="a-link-normal" href="${productUrl(added.product.asin, added.selection)}">${added.product.title}</a>
      <div class="a-size-small a-color-secondary">${describeSelection(added.product, added.selection)} · Qty ${added.quantity}</div>
    </div>
  </div>
  <div class="sw-subtotal">
    <span>Cart subtotal (${count(totals.itemCount)} item${totals.itemCount === 1 ? '' : 's'}): </span><span class="a-text-bold a-color-price">${money(totals.subtotalCents)}</span>
    <form method="post" action="/cart/proceed-to-checkout">
      <span class="a-button a-button-primary"><span class="a-button-inner"><input name="proceedToRetailCheckout" class="a-button-input" type="submit" value="Proceed to checkout" /></span></span>
    </form>
    <span id="sw-gtc" class="a-button a-button-base"><a class="a-button-text" href="/cart">Go to Cart</a></span>
  </div>
</div>`
  return layout({ title: 'shopsim.store: Added to cart', nav, body, pageClass: 'page-smart-wagon' })
}

import { describeSelection } from '../catalog/pricing.js'
import type { OptionSelection, Product } from '../catalog/product.js'
import { count, money } from './format.js'
import { html, type SafeHtml } from './html.js'
import { imageUrl, productUrl } from './urls.js'

export interface SideSheetLine {
  product: Product
  selection: OptionSelection
  quantity: number
  unitPriceCents: number
}

export interface SideSheetView {
  added: SideSheetLine
  lines: readonly SideSheetLine[]
  itemCount: number
  subtotalCents: number
  /** The page without the sheet. */
  closeHref: string
}

/**
 * The "Added to cart" side sheet amazon opens after Add to Cart (`#attach-desktop-sideSheet`), with
 * `#attach-sidesheet-view-cart-button` (Go to Cart), `#attach-sidesheet-checkout-button` and the cart's
 * items as `.ewc-item[data-asin]`. Rendered by the server on the page the add-to-cart POST redirects to.
 */
export function sideSheet(view: SideSheetView): SafeHtml {
  const { added } = view
  const color = added.selection.color
  return html`<div id="attach-desktop-sideSheet" class="a-sheet-web" role="dialog" aria-modal="false" aria-label="Added to cart">
  <a class="attach-sidesheet-backdrop" href="${view.closeHref}" aria-hidden="true" tabindex="-1"></a>
  <div class="a-sheet-web-container">
    <div class="attach-sidesheet-header">
      <a id="attach-close_sideSheet-link" class="a-link-normal attach-close" href="${view.closeHref}" aria-label="Close">&times;</a>
    </div>
    <div id="attach-added-to-cart-message" class="a-section">
      <img class="attach-added-image" src="${imageUrl(added.product.asin, 60, color)}" alt="" width="60" height="60" />
      <div>
        <h4 id="attach-added-to-cart-heading" class="a-size-medium-plus a-color-success">Added to cart</h4>
        <span class="a-size-small a-color-secondary">${added.quantity} × ${added.product.title.slice(0, 60)}${added.product.title.length > 60 ? '…' : ''}</span>
      </div>
    </div>
    <div id="attach-accessory-cart-subtotal" class="a-section">
      <span class="a-size-base">Cart subtotal (${count(view.itemCount)} item${view.itemCount === 1 ? '' : 's'}): </span>
      <span class="a-size-base a-text-bold a-color-price">${money(view.subtotalCents)}</span>
    </div>
    <div class="attach-sidesheet-buttons">
      <form method="post" action="/cart/proceed-to-checkout" class="attach-checkout-form">
        <span class="a-button a-button-primary"><span class="a-button-inner"><input id="attach-sidesheet-checkout-button" class="a-button-input" type="submit" value="Proceed to checkout (${count(view.itemCount)} item${view.itemCount === 1 ? '' : 's'})" /></span></span>
      </form>
      <a id="attach-sidesheet-view-cart-button" class="a-button a-button-base ewc-go-to-cart" href="/cart"><span class="a-button-text">Go to Cart</span></a>
    </div>
    <div id="ewc-content" class="ewc-item-list">
      ${view.lines.map(
        (line) => html`<div class="ewc-item" data-asin="${line.product.asin}">
          <a class="a-link-normal ewc-item-image" href="${productUrl(line.product.asin, line.selection)}"><img src="${imageUrl(line.product.asin, 48, line.selection.color)}" alt="${line.product.title}" width="48" height="48" /></a>
          <div class="ewc-item-body">
            <a class="a-link-normal ewc-item-title" href="${productUrl(line.product.asin, line.selection)}">${line.product.title}</a>
            <div class="a-size-small a-color-secondary">${describeSelection(line.product, line.selection)}</div>
            <div class="a-size-small"><span class="a-text-bold">${money(line.unitPriceCents)}</span> · Qty ${line.quantity}</div>
          </div>
        </div>`,
      )}
    </div>
  </div>
</div>`
}

import { describeSelection, isAvailable } from '../catalog/pricing.js'
import type { Product } from '../catalog/product.js'
import type { CartTotals } from '../session/cart.js'
import type { CartLine } from '../session/sessions.js'
import { count, money } from './format.js'
import { html, raw, type SafeHtml } from './html.js'
import { layout } from './layout.js'
import type { NavContext } from './nav-bar.js'
import { imageUrl, productUrl } from './urls.js'

export interface CartEntry {
  line: CartLine
  product: Product
  unitPriceCents: number
}

export interface CartView {
  active: readonly CartEntry[]
  saved: readonly CartEntry[]
  totals: CartTotals
  nav: NavContext
}

/** amazon's stepper shows a bin instead of "−" at quantity one (drawn, not an emoji: fonts vary). */
const TRASH_ICON = raw(
  '<svg viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M6 1h4l1 1h3v2H2V2h3zM3 5h10l-1 10H4z"/></svg>',
)

function subtotalText(totals: CartTotals, id: string): SafeHtml {
  return html`<span class="a-size-medium">Subtotal (${count(totals.selectedCount)} item${totals.selectedCount === 1 ? '' : 's'}):</span>
    <span id="${id}" class="a-size-medium a-color-base sc-price sc-white-space-nowrap a-text-bold">${money(totals.subtotalCents)}</span>`
}

/**
 * One cart line in amazon's markup: `.sc-list-item[data-asin]` > `.sc-list-item-content` with the
 * select checkbox, `a.sc-product-link .sc-product-title`, `.sc-product-price`, the quantity stepper
 * (`[data-a-selector=decrement|value|increment]`), Delete and Save for later. Every control is a
 * form button posting to `/cart/update`; the checkbox also submits on change when scripts run.
 */
function activeItem(entry: CartEntry): SafeHtml {
  const { line, product } = entry
  const url = productUrl(product.asin, line.selection)
  return html`<div class="sc-list-item sc-java-remote-feature" data-asin="${product.asin}" data-itemid="${line.id}"
  data-price="${(entry.unitPriceCents / 100).toFixed(2)}" data-quantity="${line.quantity}">
<div class="sc-list-item-content">
  <div class="sc-item-check-checkbox-selector">
    <form class="sc-select-form" method="post" action="/cart/update">
      <input type="hidden" name="line" value="${line.id}" /><input type="hidden" name="op" value="select" />
      <label class="a-checkbox"><input type="checkbox" name="selected" value="1" data-auto-submit="true"
        aria-label="Select ${product.title.slice(0, 60)}"${line.selected ? html` checked` : ''} /><i class="a-icon a-icon-checkbox"></i></label>
      <noscript><input class="sc-select-update" type="submit" value="Update" /></noscript>
    </form>
  </div>
  <div class="sc-item-image"><a class="a-link-normal" href="${url}" tabindex="-1"><img class="sc-product-image" src="${imageUrl(product.asin, 120, line.selection.color)}" alt="" width="120" height="120" /></a></div>
  <div class="sc-item-body">
    <a class="a-link-normal sc-product-link" href="${url}"><span class="a-truncate sc-grid-item-product-title"><span class="a-truncate-full sc-product-title">${product.title}</span></span></a>
    <div class="sc-product-availability a-size-small ${isAvailable(product, line.selection) ? 'a-color-success' : 'a-color-price'}">In Stock</div>
    ${product.prime ? html`<div class="a-size-small"><i class="a-icon a-icon-prime" role="img" aria-label="Prime"></i> FREE delivery</div>` : ''}
    <div class="sc-product-variation a-size-small">${describeSelection(product, line.selection)}</div>
    <form class="sc-item-form" method="post" action="/cart/update">
      <input type="hidden" name="line" value="${line.id}" />
      <div class="sc-action-links">
        <span class="sc-quantity-stepper a-declarative" role="group" aria-label="Quantity">
          <button type="submit" name="op" value="decrement" data-a-selector="decrement" class="sc-stepper-button"
            aria-label="${line.quantity === 1 ? 'Delete' : 'Decrease quantity by one'}">${line.quantity === 1 ? TRASH_ICON : '−'}</button>
          <span data-a-selector="value" class="sc-quantity-value" aria-live="polite">${line.quantity}</span>
          <button type="submit" name="op" value="increment" data-a-selector="increment" class="sc-stepper-button" aria-label="Increase quantity by one">+</button>
        </span>
        <span class="a-declarative sc-action-delete" data-feature-id="delete"><input type="submit" name="op" value="Delete" class="a-color-link" aria-label="Delete ${product.title.slice(0, 60)}" /></span>
        <span class="a-declarative sc-action-save-for-later" data-feature-id="save-for-later"><input type="submit" name="op" value="Save for later" class="a-color-link" /></span>
      </div>
    </form>
  </div>
  <div class="sc-item-price-block"><span class="a-size-medium a-color-base sc-price sc-product-price a-text-bold">${money(entry.unitPriceCents)}</span></div>
</div>
</div>`
}

function savedItem(entry: CartEntry): SafeHtml {
  const { line, product } = entry
  const url = productUrl(product.asin, line.selection)
  return html`<div class="sc-saved-item" data-asin="${product.asin}" data-itemid="${line.id}">
  <a class="a-link-normal" href="${url}"><img src="${imageUrl(product.asin, 90, line.selection.color)}" alt="" width="90" height="90" /></a>
  <div class="sc-saved-body">
    <a class="a-link-normal sc-saved-title" href="${url}">${product.title}</a>
    <div class="a-size-small a-color-secondary">${describeSelection(product, line.selection)}</div>
    <div class="a-text-bold">${money(entry.unitPriceCents)}</div>
    <form method="post" action="/cart/update">
      <input type="hidden" name="line" value="${line.id}" />
      <input type="submit" name="op" value="Move to cart" class="a-button-input sc-move-to-cart" />
      <input type="submit" name="op" value="Delete" class="a-color-link sc-saved-delete" aria-label="Delete saved ${product.title.slice(0, 60)}" />
    </form>
  </div>
</div>`
}

function checkoutForm(): SafeHtml {
  return html`<form method="post" action="/cart/proceed-to-checkout" class="sc-checkout-form">
  <span id="sc-buy-box-ptc-button" class="a-button a-button-primary"><span class="a-button-inner">
    <input name="proceedToRetailCheckout" class="a-button-input" type="submit" value="Proceed to checkout" />
  </span></span>
</form>`
}

/** `/cart`: `#sc-active-cart` with the lines, the subtotal and Proceed to checkout; saved items below. */
export function cartPage(view: CartView): string {
  const { totals } = view
  const empty = view.active.length === 0
  const body = html`<div id="sc-cart-layout" class="a-row">
  <div class="sc-cart-main">
    <div id="sc-active-cart" class="a-cardui sc-card">
      <div class="sc-cart-header">
        <h1 class="a-size-large">${empty ? 'Your shopsim Cart is empty' : 'Shopping Cart'}</h1>
        ${empty ? html`<p><a class="a-link-normal" href="/">Shop today's deals</a></p>` : html`<div class="a-row a-color-secondary sc-price-heading">Price</div>`}
      </div>
      <div class="sc-list-body" data-name="Active Items">${view.active.map(activeItem)}</div>
      ${empty ? '' : html`<div id="sc-subtotal-label-activecart" class="sc-subtotal sc-subtotal-activecart">${subtotalText(totals, 'sc-subtotal-amount-activecart')}</div>`}
    </div>
    <div id="sc-saved-cart" class="a-cardui sc-card">
      <h2 class="a-size-medium">Saved for later (${count(view.saved.length)} item${view.saved.length === 1 ? '' : 's'})</h2>
      ${view.saved.length === 0 ? html`<p class="a-color-secondary">Items you save for later appear here.</p>` : html`<div class="sc-saved-grid">${view.saved.map(savedItem)}</div>`}
    </div>
  </div>
  <div id="sc-buy-box" class="a-cardui sc-card sc-buy-box">
    ${empty ? html`<p class="a-color-secondary">Add items to your cart to check out.</p>` : html`<div id="sc-subtotal-label-buybox" class="a-spacing-small">${subtotalText(totals, 'sc-subtotal-amount-buybox')}</div>${checkoutForm()}`}
  </div>
</div>`
  return layout({ title: 'shopsim.store Shopping Cart', nav: view.nav, body, pageClass: 'page-cart' })
}

import { DIMENSION_LABELS, type OptionDimension } from '../catalog/product.js'
import type { OrderTotals } from '../session/checkout.js'
import type { Order } from '../session/events.js'
import { deliveryDay, money } from './format.js'
import { html, type SafeHtml } from './html.js'
import { layout } from './layout.js'
import type { NavContext } from './nav-bar.js'
import { imageUrl, productUrl } from './urls.js'

function itemsList(items: OrderTotals['items']): SafeHtml {
  return html`<ul class="a-unordered-list a-nostyle checkout-items">
  ${items.map(
    (item) => html`<li class="checkout-item" data-asin="${item.asin}">
      <img src="${imageUrl(item.asin, 64, item.options.color)}" alt="" width="64" height="64" />
      <div>
        <a class="a-link-normal checkout-item-title" href="${productUrl(item.asin, item.options)}">${item.title}</a>
        <div class="a-size-small a-color-secondary">${Object.entries(item.options)
          .map(([k, v]) => `${k in DIMENSION_LABELS ? DIMENSION_LABELS[k as OptionDimension] : k}: ${v}`)
          .join(', ')}</div>
        <div class="a-size-small"><span class="a-text-bold a-color-price">${money(item.unitPriceCents)}</span> · Qty: ${item.quantity}</div>
      </div>
    </li>`,
  )}
</ul>`
}

function summary(totals: OrderTotals): SafeHtml {
  return html`<table id="subtotals-marketplace-table" class="a-normal order-summary" role="presentation">
  <tr><td>Items:</td><td class="a-text-right">${money(totals.subtotalCents)}</td></tr>
  <tr><td>Shipping &amp; handling:</td><td class="a-text-right">${money(totals.shippingCents)}</td></tr>
  <tr><td>Estimated tax to be collected:</td><td class="a-text-right">${money(totals.taxCents)}</td></tr>
  <tr class="order-total"><td class="a-color-price a-text-bold">Order total:</td><td class="a-text-right a-color-price a-text-bold" id="order-total-amount">${money(totals.totalCents)}</td></tr>
</table>`
}

/** `/checkout`: address, payment, items and "Place your order" (`input[name=placeYourOrder1]`). */
export function checkoutPage(
  totals: OrderTotals,
  only: string | undefined,
  nav: NavContext,
  now: Date,
): string {
  const body = html`<div id="checkout-page" class="a-row">
  <div class="checkout-main">
    <h1 class="a-size-large">Secure checkout</h1>
    <div class="a-box checkout-section" id="shipping-address-section"><h2 class="a-size-medium">1 · Delivering to Sam Shopper</h2><p>123 Market Street, Springfield 12345, United States</p></div>
    <div class="a-box checkout-section" id="payment-section"><h2 class="a-size-medium">2 · Payment method</h2><p>Store credit (simulated: no money changes hands)</p></div>
    <div class="a-box checkout-section" id="review-items-section">
      <h2 class="a-size-medium">3 · Review items and shipping</h2>
      <p class="a-color-success a-text-bold">Arriving ${deliveryDay(now, totals.deliveryDays, 'long')}</p>
      ${itemsList(totals.items)}
    </div>
  </div>
  <div class="checkout-side a-box">
    <form id="spc-form" method="post" action="/checkout/place-order">
      ${only === undefined ? '' : html`<input type="hidden" name="line" value="${only}" />`}
      <span id="submitOrderButtonId" class="a-button a-button-primary"><span class="a-button-inner">
        <input id="placeYourOrder" name="placeYourOrder1" class="a-button-input" type="submit" value="Place your order" />
      </span></span>
    </form>
    <p class="a-size-mini a-color-secondary">By placing your order you agree that this is a simulation.</p>
    ${summary(totals)}
  </div>
</div>`
  return layout({ title: 'shopsim.store Checkout', nav, body, pageClass: 'page-checkout' })
}

/** `/order/<id>`: the confirmation after placing an order. */
export function orderPage(order: Order, nav: NavContext): string {
  const placed = new Date(order.placedAt)
  const body = html`<div id="order-confirmation" class="a-box">
  <h1 id="widget-purchaseConfirmationStatus" class="a-size-large a-color-success">Order placed, thank you!</h1>
  <p>Confirmation will be sent to your email. Order number <span id="order-id" class="a-text-bold">${order.id}</span>.</p>
  <p class="a-text-bold">Arriving ${deliveryDay(placed, order.deliveryDays, 'long')}</p>
  ${itemsList(order.items)}
  ${summary(order)}
  <p><a class="a-link-normal" href="/orders">Review or edit your orders</a> · <a class="a-link-normal" href="/">Continue shopping</a></p>
</div>`
  return layout({ title: `shopsim.store: Order ${order.id}`, nav, body, pageClass: 'page-order' })
}

/** `/orders`: the session's orders, newest first. */
export function ordersPage(orders: readonly Order[], nav: NavContext): string {
  const body = html`<div id="yourOrders" class="a-section">
  <h1 class="a-size-large">Your Orders</h1>
  ${orders.length === 0 ? html`<p class="a-color-secondary">You have not placed any orders yet.</p>` : ''}
  ${[...orders].reverse().map(
    (order) => html`<div class="a-box order-card" data-order-id="${order.id}">
      <div class="order-card-header"><span>Order placed ${order.placedAt.slice(0, 10)}</span><span>Total ${money(order.totalCents)}</span>
        <a class="a-link-normal" href="/order/${order.id}">Order # ${order.id}</a></div>
      ${itemsList(order.items)}
    </div>`,
  )}
</div>`
  return layout({ title: 'shopsim.store: Your Orders', nav, body, pageClass: 'page-orders' })
}

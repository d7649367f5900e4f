import { OPTION_DIMENSIONS, type OptionSelection, type Product } from '../catalog/product.js'
import { html, type SafeHtml } from './html.js'
import { priceTag } from './price.js'
import { deliveryLine } from './result-card.js'

/** Quantities the buybox offers; more of one item goes through the cart's + button. */
export const BUYBOX_MAX_QUANTITY = 10

export interface BuyboxView {
  product: Product
  selection: OptionSelection
  priceCents: number
  available: boolean
  now: Date
}

/**
 * `#rightCol #buybox form#addToCart`: price (`#corePrice_feature_div`), delivery, stock, `select#quantity`,
 * `input#add-to-cart-button` and `input#buy-now-button`. Both buttons post the same form; the server
 * tells them apart by the button's name.
 */
export function buybox(view: BuyboxView): SafeHtml {
  const { product, selection } = view
  const buttons = view.available
    ? html`<div id="selectQuantity" class="a-section a-spacing-base">
        <span class="a-dropdown-container">
          <label class="a-native-dropdown" for="quantity">Quantity:</label>
          <select id="quantity" class="a-native-dropdown" name="quantity" role="combobox">
            ${Array.from({ length: BUYBOX_MAX_QUANTITY }, (_, i) => html`<option value="${i + 1}"${i === 0 ? html` selected` : ''}>${i + 1}</option>`)}
          </select>
        </span>
      </div>
      <div id="addToCart_feature_div" class="a-button-stack">
        <span id="submit.add-to-cart" class="a-button a-button-primary a-button-icon">
          <span class="a-button-inner">
            <input id="add-to-cart-button" class="a-button-input" type="submit" name="submit.add-to-cart" value="Add to Cart" title="Add to Shopping Cart" />
            <span id="submit.add-to-cart-announce" class="a-button-text" aria-hidden="true">Add to Cart</span>
          </span>
        </span>
      </div>
      <div id="buyNow_feature_div" class="a-button-stack">
        <span id="submit.buy-now" class="a-button a-button-oneclick">
          <span class="a-button-inner">
            <input id="buy-now-button" class="a-button-input" type="submit" name="submit.buy-now" value="Buy Now" title="Buy Now" />
            <span id="submit.buy-now-announce" class="a-button-text" aria-hidden="true">Buy Now</span>
          </span>
        </span>
      </div>`
    : html`<div class="a-section a-spacing-base"><span class="a-size-base">Choose another option to buy this item.</span></div>`
  return html`<div id="desktop_buybox" class="celwidget"><div id="buybox">
<div id="qualifiedBuybox" class="celwidget">
<form id="addToCart" class="a-content" method="post" action="/cart/add-to-cart">
  <input type="hidden" id="ASIN" name="ASIN" value="${product.asin}" />
  ${OPTION_DIMENSIONS.map((d) => (selection[d] === undefined ? '' : html`<input type="hidden" name="${d}" value="${selection[d]}" />`))}
  <div class="a-box-group"><div class="a-box a-last"><div class="a-box-inner">
    <div id="apex_offerDisplay_desktop" class="celwidget">
      <div id="corePrice_feature_div" class="celwidget"><div class="a-section a-spacing-micro">${priceTag(view.priceCents, 'aok-align-center')}</div></div>
    </div>
    <div id="deliveryBlockMessage" class="a-section a-spacing-base"><div id="mir-layout-DELIVERY_BLOCK">
      <div id="mir-layout-DELIVERY_BLOCK-slot-PRIMARY_DELIVERY_MESSAGE_LARGE">${deliveryLine(product, view.now, 'long')}</div>
      ${product.prime ? html`<div class="a-row"><i class="a-icon a-icon-prime" role="img" aria-label="Prime"></i> <span class="a-size-small">Prime members get it fast and free</span></div>` : ''}
    </div></div>
    <div id="availability" class="a-section a-spacing-base">
      ${
        view.available
          ? html`<span class="a-size-medium a-color-success">In Stock</span>`
          : html`<span class="a-size-medium a-color-price">Currently unavailable.</span>`
      }
    </div>
    ${buttons}
    <div id="offer-display-features" class="a-section offer-display-features">
      <div class="offer-display-feature-row"><span class="a-size-small a-color-tertiary">Ships from</span><span class="a-size-small offer-display-feature-text-message">shopsim</span></div>
      <div class="offer-display-feature-row"><span class="a-size-small a-color-tertiary">Sold by</span><span class="a-size-small offer-display-feature-text-message">${product.brand} Store</span></div>
      <div class="offer-display-feature-row"><span class="a-size-small a-color-tertiary">Returns</span><span class="a-size-small offer-display-feature-text-message">30-day refund or replacement</span></div>
    </div>
  </div></div></div>
</form>
</div>
</div></div>`
}

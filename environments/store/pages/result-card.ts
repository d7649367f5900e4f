import type { Product } from '../catalog/product.js'
import { count, deliveryDay, roughCount } from './format.js'
import { html, type SafeHtml } from './html.js'
import { listPriceTag, priceTag } from './price.js'
import { starIcon } from './stars.js'
import { imageUrl, productUrl, reviewsUrl } from './urls.js'

/** Delivery promise under a card or in the buybox: Prime is free, other items pay for shipping. */
export function deliveryLine(product: Product, now: Date, style: 'long' | 'short'): SafeHtml {
  const day = deliveryDay(now, product.deliveryDays, style)
  return product.prime
    ? html`<span class="a-color-base">FREE delivery <span class="a-text-bold">${day}</span></span>`
    : html`<span class="a-color-base">$5.99 delivery <span class="a-text-bold">${day}</span></span>`
}

/**
 * One search result, in amazon's nesting: `[data-component-type="s-search-result"][data-asin]` holding
 * `img.s-image`, `a > h2` (the title), `.a-icon-alt` (rating) and `.a-price .a-offscreen` (price).
 */
export function resultCard(product: Product, position: number, now: Date): SafeHtml {
  const url = productUrl(product.asin)
  const colors = product.options.find((o) => o.dimension === 'color')?.values.length ?? 0
  const hasOptions = product.options.length > 0
  return html`<div role="listitem" data-component-type="s-search-result" data-asin="${product.asin}" data-index="${position}"
  class="sg-col-4-of-24 s-result-item s-asin">
<div class="sg-col-inner"><div class="s-widget-container s-card-container puis-card-container">
  <div class="s-product-image-container">
    <a class="a-link-normal s-no-outline" href="${url}" tabindex="-1"
      ><img class="s-image" src="${imageUrl(product.asin, 220)}" alt="${product.title}" width="220" height="220" loading="lazy"
    /></a>
  </div>
  <div class="s-card-body">
    <div class="s-title-instructions-style">
      <a class="a-link-normal s-line-clamp-4 s-link-style a-text-normal" href="${url}"
        ><h2 class="a-size-base-plus a-spacing-none a-color-base a-text-normal" aria-label="${product.title}"
          ><span>${product.title}</span></h2
      ></a>
    </div>
    <div class="a-row a-size-small s-rating-row">
      <span class="a-size-small a-color-base s-rating-number">${product.rating.toFixed(1)}</span>
      <a class="a-popover-trigger s-rating-link" href="${reviewsUrl(product.asin)}"
        aria-label="${product.rating.toFixed(1)} out of 5 stars, rating details">${starIcon(product.rating, 'mini')}</a>
      <a class="a-link-normal s-underline-text" href="${url}#customerReviews" aria-label="${count(product.ratingsCount)} ratings"
        ><span class="a-size-mini s-underline-text">(${count(product.ratingsCount)})</span></a
      >
    </div>
    ${product.monthlySales >= 50 ? html`<div class="a-row a-size-base"><span class="a-size-base a-color-secondary">${roughCount(product.monthlySales)} bought in past month</span></div>` : ''}
    <div class="a-row s-price-row">
      <a class="a-link-normal s-no-hover a-text-normal" href="${url}">${priceTag(product.priceCents)}</a>
      ${
        product.listPriceCents !== undefined
          ? html`<div class="a-section aok-inline-block s-list-price"><span class="a-size-base a-color-secondary">List: </span>${listPriceTag(product.listPriceCents)}</div>`
          : ''
      }
    </div>
    <div class="a-row a-size-base a-color-secondary udm-delivery-block">
      ${product.prime ? html`<i class="a-icon a-icon-prime" role="img" aria-label="Prime"></i>` : ''}
      ${deliveryLine(product, now, 'short')}
    </div>
    ${colors > 1 ? html`<div class="a-row a-size-small s-variation-row"><a class="a-link-normal" href="${url}">+${colors - 1} other colors</a></div>` : ''}
    <div class="a-row puis-atcb-container">
      ${
        hasOptions
          ? html`<a class="a-button a-button-base s-see-options" href="${url}"><span class="a-button-text">See options</span></a>`
          : html`<form class="a-spacing-none" method="post" action="/cart/add-to-cart">
          <input type="hidden" name="ASIN" value="${product.asin}" /><input type="hidden" name="quantity" value="1" />
          <input type="hidden" name="via" value="search_results" />
          <input class="a-button-input s-add-to-cart" type="submit" name="submit.add-to-cart" value="Add to cart" />
        </form>`
      }
    </div>
  </div>
</div></div>
</div>`
}

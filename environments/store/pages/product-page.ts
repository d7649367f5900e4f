import type { Catalog } from '../catalog/catalog.js'
import { listPriceOf, priceOf } from '../catalog/pricing.js'
import { DIMENSION_LABELS, type OptionSelection, type Product } from '../catalog/product.js'
import { buybox } from './buybox.js'
import { type CarouselSpec, carousel } from './carousel.js'
import { count, longDate, money } from './format.js'
import { html, type SafeHtml } from './html.js'
import { layout } from './layout.js'
import type { NavContext } from './nav-bar.js'
import { listPriceTag, priceTag, savingsPercent } from './price.js'
import { histogram, reviewsSection } from './reviews-section.js'
import { type SideSheetView, sideSheet } from './side-sheet.js'
import { starIcon } from './stars.js'
import { twister } from './twister.js'
import { imageUrl, productUrl, searchUrlFor } from './urls.js'

export interface ProductView {
  product: Product
  selection: OptionSelection
  available: boolean
  related: Omit<CarouselSpec, 'hrefForPage'>
  /** The "Added to cart" sheet, right after an add to cart. */
  sideSheet: SideSheetView | undefined
  nav: NavContext
  now: Date
}

function imageBlock(product: Product, selection: OptionSelection): SafeHtml {
  const colors = product.options.find((o) => o.dimension === 'color')?.values ?? []
  return html`<div id="imageBlock" class="a-section">
  <div id="altImages"><ul class="a-unordered-list a-nostyle a-vertical">
    ${colors.map(
      (
        v,
      ) => html`<li class="a-spacing-small item imageThumbnail${v.label === selection.color ? ' selected' : ''}"><a class="a-link-normal"
        href="${productUrl(product.asin, { ...selection, color: v.label })}" aria-label="${v.label}"><img src="${imageUrl(product.asin, 40, v.label)}" alt="" width="40" height="40" loading="lazy" /></a></li>`,
    )}
  </ul></div>
  <div id="main-image-container"><div id="imgTagWrapperId" class="imgTagWrapper">
    <img id="landingImage" src="${imageUrl(product.asin, 440, selection.color)}" alt="${product.title}" width="440" height="440" />
  </div></div>
</div>`
}

function priceBlock(product: Product, selection: OptionSelection): SafeHtml {
  const price = priceOf(product, selection)
  const list = listPriceOf(product, selection)
  return html`<div id="corePriceDisplay_desktop_feature_div" class="celwidget">
  <div class="a-section a-spacing-none aok-align-center">
    ${list === undefined ? '' : html`<span class="a-size-large a-color-price savingPriceOverride savingsPercentage">-${savingsPercent(price, list)}%</span>`}
    ${priceTag(price, 'priceToPay')}
  </div>
  ${list === undefined ? '' : html`<div class="a-section a-spacing-small"><span class="a-size-small a-color-secondary basisPriceLegalMessage">List Price: ${listPriceTag(list)}</span></div>`}
</div>`
}

function detailsTable(product: Product, catalog: Catalog): SafeHtml {
  const rows: Array<[string, string]> = [
    ['Brand', product.brand],
    ['Department', catalog.department(product.department)?.name ?? product.department],
    ['Item model number', product.modelNumber],
    ['Date First Available', longDate(product.releaseDate)],
    ['ASIN', product.asin],
    [
      'Customer Reviews',
      `${product.rating.toFixed(1)} out of 5 stars, ${count(product.ratingsCount)} ratings`,
    ],
  ]
  return html`<div id="productDetails_feature_div" class="a-section">
  <h2 class="a-spacing-small">Product information</h2>
  <table id="productDetails_detailBullets_sections1" class="a-keyvalue prodDetTable" role="presentation">
    ${rows.map(([k, v]) => html`<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">${k}</th><td class="a-size-base prodDetAttrValue">${v}</td></tr>`)}
  </table>
</div>`
}

/** A product page with amazon's landmarks: #productTitle, #averageCustomerReviews, the twister, the buybox, #feature-bullets, reviews, a carousel. */
export function productPage(view: ProductView, catalog: Catalog): string {
  const { product, selection } = view
  const department = catalog.department(product.department)
  const chosen = product.options
    .map((o) => `${DIMENSION_LABELS[o.dimension]}: ${selection[o.dimension] ?? ''}`)
    .join(' · ')
  const body = html`<div id="dp" class="store-dp"><div id="dp-container" class="a-container" role="main">
  <div id="wayfinding-breadcrumbs_feature_div" class="a-section"><ul class="a-unordered-list a-horizontal a-size-small">
    <li><span class="a-list-item"><a class="a-link-normal a-color-tertiary" href="${searchUrlFor('', product.department)}">${department?.name ?? product.department}</a></span></li>
    <li class="a-breadcrumb-divider"><span class="a-list-item">›</span></li>
    <li><span class="a-list-item"><a class="a-link-normal a-color-tertiary" href="${searchUrlFor(product.noun, product.department)}">${product.noun}</a></span></li>
  </ul></div>
  <div id="ppd">
    <div id="leftCol" class="leftCol">${imageBlock(product, selection)}</div>
    <div id="centerCol" class="centerColAlign">
      <div id="title_feature_div"><div id="titleSection" class="a-section a-spacing-none">
        <h1 id="title" class="a-size-large a-spacing-none"><span id="productTitle" class="a-size-large product-title-word-break">${product.title}</span></h1>
      </div></div>
      <div id="bylineInfo_feature_div"><a id="bylineInfo" class="a-link-normal" href="${searchUrlFor('', undefined, product.brand)}">Visit the ${product.brand} Store</a></div>
      <div id="averageCustomerReviews_feature_div"><div id="averageCustomerReviews" data-asin="${product.asin}">
        <span id="acrPopover" class="reviewCountTextLinkedHistogram noUnderline" title="${product.rating.toFixed(1)} out of 5 stars">
          <details class="a-popover-details">
            <summary class="a-popover-trigger a-declarative"><span class="a-size-base a-color-base">${product.rating.toFixed(1)}</span> ${starIcon(product.rating)}<i class="a-icon a-icon-popover" aria-hidden="true"></i></summary>
            <div class="a-popover a-popover-histogram" role="dialog" aria-label="Rating details">
              <div class="a-row a-spacing-small">${starIcon(product.rating)} <span class="a-size-medium">${product.rating.toFixed(1)} out of 5</span></div>
              <div class="a-row a-spacing-small a-color-secondary">${count(product.ratingsCount)} global ratings</div>
              ${histogram(product, 'acrPopoverHistogram')}
              <a class="a-link-normal" href="#customerReviews">See customer reviews</a>
            </div>
          </details>
        </span>
        <span class="a-letter-space"></span>
        <a id="acrCustomerReviewLink" class="a-link-normal" href="#customerReviews"><span id="acrCustomerReviewText" class="a-size-base">${count(product.ratingsCount)} ratings</span></a>
      </div></div>
      ${product.monthlySales >= 50 ? html`<div id="socialProofingAsinFaceout_feature_div" class="a-size-small a-color-secondary">${count(Math.floor(product.monthlySales / 50) * 50)}+ bought in past month</div>` : ''}
      <hr class="a-divider-normal" />
      ${priceBlock(product, selection)}
      <div class="a-section a-spacing-small a-size-small a-color-secondary" id="selectedOptionsSummary">${chosen}</div>
      ${twister(product, selection)}
      <div id="featurebullets_feature_div"><div id="feature-bullets" class="a-section a-spacing-medium a-spacing-top-small">
        <hr class="a-divider-normal" />
        <h1 class="a-size-base-plus a-text-bold">About this item</h1>
        <ul class="a-unordered-list a-vertical a-spacing-mini">
          ${product.bullets.map((b) => html`<li class="a-spacing-mini"><span class="a-list-item">${b}</span></li>`)}
        </ul>
      </div></div>
    </div>
    <div id="rightCol" class="rightCol">${buybox({ product, selection, priceCents: priceOf(product, selection), available: view.available, now: view.now })}</div>
  </div>
  <div id="similarities_feature_div" class="a-section">${carousel({ ...view.related, hrefForPage: (page) => productUrl(product.asin, selection, { sims: String(page) }) })}</div>
  ${detailsTable(product, catalog)}
  ${reviewsSection(product)}
</div></div>`
  return layout({
    title: `${product.title.slice(0, 80)} : ${money(priceOf(product, selection))} - shopsim.store`,
    nav: view.nav,
    body,
    pageClass: 'page-product',
    ...(view.sideSheet ? { overlay: sideSheet(view.sideSheet) } : {}),
  })
}

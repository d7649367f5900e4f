import type { Product, Review } from '../catalog/product.js'
import { count } from './format.js'
import { html, type SafeHtml } from './html.js'
import { layout } from './layout.js'
import type { NavContext } from './nav-bar.js'
import { histogram, reviewItem } from './reviews-section.js'
import { starIcon } from './stars.js'
import { imageUrl, productUrl, reviewsUrl } from './urls.js'

export const REVIEWS_PER_PAGE = 10

export interface ReviewsView {
  product: Product
  reviews: readonly Review[]
  page: number
  totalPages: number
  stars: number | undefined
  nav: NavContext
}

/** amazon's review pager: `ul.a-pagination` with "Previous page" / "Next page". */
function reviewPager(view: ReviewsView): SafeHtml {
  if (view.totalPages <= 1) return html``
  const href = (page: number) => reviewsUrl(view.product.asin, page, view.stars)
  return html`<ul class="a-pagination" aria-label="Review pages">
  <li class="${view.page > 1 ? 'a-normal' : 'a-disabled'}">${view.page > 1 ? html`<a href="${href(view.page - 1)}">← Previous page</a>` : '← Previous page'}</li>
  <li class="a-selected"><span>Page ${view.page} of ${view.totalPages}</span></li>
  <li class="a-last ${view.page < view.totalPages ? '' : 'a-disabled'}">${view.page < view.totalPages ? html`<a href="${href(view.page + 1)}">Next page →</a>` : 'Next page →'}</li>
</ul>`
}

/** `/product-reviews/<asin>`: every written review, ten a page, optionally only one star level. */
export function reviewsPage(view: ReviewsView): string {
  const { product } = view
  const filterLabel = view.stars === undefined ? 'All stars' : `${view.stars} star only`
  const body = html`<div id="cm_cr-product_info" class="a-section cr-product-header">
  <a class="a-link-normal" href="${productUrl(product.asin)}"><img src="${imageUrl(product.asin, 80)}" alt="" width="80" height="80" /></a>
  <div>
    <h1 class="a-size-large"><a class="a-link-normal" data-hook="product-link" href="${productUrl(product.asin)}">${product.title}</a></h1>
    <div class="a-row">by ${product.brand}</div>
  </div>
</div>
<div class="a-row cr-reviews-layout">
  <div class="a-column a-span4 cr-summary">
    <h2>Customer reviews</h2>
    <div class="a-row a-spacing-small">${starIcon(product.rating)} <span class="a-size-medium">${product.rating.toFixed(1)} out of 5</span></div>
    <div class="a-row a-spacing-medium a-color-secondary">${count(product.ratingsCount)} global ratings</div>
    ${histogram(product)}
    ${view.stars === undefined ? '' : html`<a class="a-link-normal" href="${reviewsUrl(product.asin)}">Show all reviews</a>`}
  </div>
  <div class="a-column a-span8 a-span-last">
    <div id="filter-info-section" class="a-row a-spacing-base a-color-secondary">${filterLabel} · ${count(view.reviews.length === 0 ? 0 : view.reviews.length)} on this page</div>
    <div id="cm_cr-review_list" class="a-section review-views">
      ${view.reviews.length === 0 ? html`<p class="a-color-secondary">No written reviews with this many stars yet.</p>` : ''}
      <ul class="a-unordered-list a-nostyle a-vertical">${view.reviews.map((review) => reviewItem(product, review))}</ul>
    </div>
    ${reviewPager(view)}
  </div>
</div>`
  return layout({
    title: `shopsim.store: Customer reviews: ${product.title.slice(0, 60)}`,
    nav: view.nav,
    body,
    pageClass: 'page-reviews',
  })
}

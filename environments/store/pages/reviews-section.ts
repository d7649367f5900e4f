import { describeSelection } from '../catalog/pricing.js'
import type { Product, Review } from '../catalog/product.js'
import { count, longDate } from './format.js'
import { html, type SafeHtml } from './html.js'
import { starIcon } from './stars.js'
import { reviewsUrl } from './urls.js'

/**
 * amazon's `ul#histogramTable`: one row per star level, each a link to the reviews with that many
 * stars. The rating popover shows a second copy, under another id (ids stay unique).
 */
export function histogram(product: Product, id = 'histogramTable'): SafeHtml {
  return html`<ul id="${id}" class="a-unordered-list a-nostyle a-vertical cr-ratings-histogram">
  ${[5, 4, 3, 2, 1].map((stars) => {
    const share = product.histogram[stars - 1] ?? 0
    return html`<li class="a-align-center a-spacing-none"><span class="a-list-item">
      <a class="a-size-base a-link-normal histogram-row" href="${reviewsUrl(product.asin, 1, stars)}"
        aria-label="${share} percent of reviews have ${stars} stars">
        <span class="histogram-label">${stars} star</span>
        <span class="a-meter" role="progressbar" aria-valuenow="${share}"><span class="a-meter-bar" style="width:${share}%"></span></span>
        <span class="histogram-share">${share}%</span>
      </a></span></li>`
  })}
</ul>`
}

/** One review in amazon's markup (`li[data-hook="review"]` and its `data-hook` parts). */
export function reviewItem(product: Product, review: Review): SafeHtml {
  const variant = describeSelection(product, review.variant)
  return html`<li id="${review.id}" class="review aok-relative" data-hook="review"><span class="a-list-item">
  <div id="customer_review-${review.id}" class="a-section celwidget">
    <div class="a-row a-spacing-mini" data-hook="genome-widget"><div class="a-profile">
      <div class="a-profile-avatar-wrapper"><div class="a-profile-avatar" aria-hidden="true">${review.author.charAt(0)}</div></div>
      <div class="a-profile-content"><span class="a-profile-name">${review.author}</span></div>
    </div></div>
    <div class="a-row">
      <a class="a-size-base a-link-normal review-title a-color-base review-title-content a-text-bold" data-hook="review-title"
        href="${reviewsUrl(product.asin)}#${review.id}"><i class="a-icon a-icon-star a-star-${review.stars} review-rating" data-hook="review-star-rating"
        ><span class="a-icon-alt">${review.stars}.0 out of 5 stars</span></i> <span>${review.title}</span></a>
    </div>
    <span class="a-size-base a-color-secondary review-date" data-hook="review-date">Reviewed in the United States on ${longDate(review.date)}</span>
    <div class="a-row a-spacing-mini review-data review-format-strip">
      ${variant === '' ? '' : html`<span class="a-color-secondary" data-hook="format-strip-linkless">${variant}</span>`}
      ${review.verified ? html`<span class="a-size-mini a-color-state a-text-bold" data-hook="avp-badge-linkless">Verified Purchase</span>` : ''}
    </div>
    <div class="a-row a-spacing-small review-data">
      <span class="a-size-base review-text" data-hook="review-body"><span>${review.body}</span></span>
    </div>
    ${
      review.helpful > 0
        ? html`<span class="a-size-base a-color-tertiary cr-vote-text" data-hook="helpful-vote-statement">${review.helpful === 1 ? 'One person' : `${count(review.helpful)} people`} found this helpful</span>`
        : ''
    }
  </div>
</span></li>`
}

/** The product page's `#customerReviews`: the average, the histogram and the top few reviews. */
export function reviewsSection(product: Product): SafeHtml {
  return html`<div id="reviewsMedley" class="a-row">
<div id="customerReviews" class="a-section cr-widget">
  <div class="a-column a-span4 cr-summary">
    <h2 class="a-spacing-small">Customer reviews</h2>
    <div class="a-row a-spacing-small">${starIcon(product.rating)} <span class="a-size-medium a-color-base" data-hook="rating-out-of-text">${product.rating.toFixed(1)} out of 5</span></div>
    <div class="a-row a-spacing-medium"><span class="a-size-base a-color-secondary" data-hook="total-review-count">${count(product.ratingsCount)} global ratings</span></div>
    ${histogram(product)}
  </div>
  <div class="a-column a-span8 a-span-last cr-top-reviews">
    <h3 class="a-spacing-medium">Top reviews from the United States</h3>
    <ul id="cm-cr-dp-review-list" class="a-unordered-list a-nostyle a-vertical review-views">
      ${product.reviews.slice(0, 5).map((review) => reviewItem(product, review))}
    </ul>
    <a class="a-link-emphasis a-text-bold" data-hook="see-all-reviews-link-foot" href="${reviewsUrl(product.asin)}">See more reviews</a>
  </div>
</div>
</div>`
}

import type { Product } from '../catalog/product.js'
import { count } from './format.js'
import { html, type SafeHtml } from './html.js'
import { priceTag } from './price.js'
import { starIcon } from './stars.js'
import { imageUrl, productUrl } from './urls.js'

export interface CarouselSpec {
  /** Element id, also the fragment the arrows link to so the page scrolls back to the carousel. */
  id: string
  /** Heading and `aria-label` (the recipe names the carousel after it). */
  label: string
  products: readonly Product[]
  page: number
  perPage: number
  /** URL of this page showing the carousel at another page. */
  hrefForPage: (page: number) => string
}

export function carouselPages(spec: Pick<CarouselSpec, 'products' | 'perPage'>): number {
  return Math.max(1, Math.ceil(spec.products.length / spec.perPage))
}

function card(product: Product): SafeHtml {
  const url = productUrl(product.asin)
  return html`<li class="a-carousel-card" role="listitem">
  <div class="a-section p13n-asin" data-asin="${product.asin}">
    <a class="a-link-normal p13n-card-link" href="${url}" title="${product.title}"
      ><img class="p13n-product-image" src="${imageUrl(product.asin, 160)}" alt="${product.title}" width="160" height="160" loading="lazy" />
      <div class="p13n-sc-truncate" aria-hidden="true">${product.title}</div></a
    >
    <div class="a-icon-row">${starIcon(product.rating, 'mini')}<span class="a-size-small">${count(product.ratingsCount)}</span></div>
    <div class="a-row"><a class="a-link-normal a-text-normal" href="${url}" tabindex="-1">${priceTag(product.priceCents)}</a></div>
  </div>
</li>`
}

/**
 * amazon's `.a-carousel-container[aria-label]` with `li.a-carousel-card`s and the two arrows
 * (`.a-carousel-goto-prevpage` / `.a-carousel-goto-nextpage`). The arrows are plain links to the same
 * page with the carousel moved on (wrapping around), so they work without JavaScript.
 */
export function carousel(spec: CarouselSpec): SafeHtml {
  const pages = carouselPages(spec)
  const page = Math.min(Math.max(1, spec.page), pages)
  const shown = spec.products.slice((page - 1) * spec.perPage, page * spec.perPage)
  const previous = page === 1 ? pages : page - 1
  const next = page === pages ? 1 : page + 1
  return html`<div id="${spec.id}" class="a-begin a-carousel-container a-carousel-static a-carousel-display-swap" role="group" aria-label="${spec.label}">
  <div class="a-row a-carousel-header-row">
    <h2 class="a-carousel-heading a-inline-block">${spec.label}</h2>
    <span class="a-carousel-pagination a-size-base"><span class="a-carousel-page-count">Page <span class="a-carousel-page-current">${page}</span> of <span class="a-carousel-page-max">${pages}</span></span></span>
  </div>
  <div class="a-row a-carousel-controls a-carousel-row a-carousel-has-buttons"><div class="a-carousel-row-inner">
    <div class="a-carousel-col a-carousel-left"><a class="a-button a-button-image a-carousel-button a-carousel-goto-prevpage" role="button"
      href="${spec.hrefForPage(previous)}#${spec.id}" aria-label="Previous page"><span class="a-button-inner"><i class="a-icon a-icon-previous"><span class="a-icon-alt">Previous page</span></i></span></a></div>
    <div class="a-carousel-col a-carousel-center"><div class="a-carousel-viewport" role="group">
      <ol class="a-carousel" role="list">${shown.map(card)}</ol>
    </div></div>
    <div class="a-carousel-col a-carousel-right"><a class="a-button a-button-image a-carousel-button a-carousel-goto-nextpage" role="button"
      href="${spec.hrefForPage(next)}#${spec.id}" aria-label="Next page"><span class="a-button-inner"><i class="a-icon a-icon-next"><span class="a-icon-alt">Next page</span></i></span></a></div>
  </div></div>
</div>`
}

import type { Catalog, Department } from '../catalog/catalog.js'
import type { Product } from '../catalog/product.js'
import { carousel, carouselPages } from './carousel.js'
import { html, type SafeHtml } from './html.js'
import { layout } from './layout.js'
import type { NavContext } from './nav-bar.js'
import { imageUrl, productUrl, searchUrlFor } from './urls.js'

export const HOME_CAROUSEL_KEYS = ['deals', 'bestsellers', 'toprated', 'new'] as const
export type HomeCarouselKey = (typeof HOME_CAROUSEL_KEYS)[number]
export const HOME_CAROUSEL_PER_PAGE = 6
const CAROUSEL_SIZE = 24

export interface HomeShelves {
  carousels: Record<HomeCarouselKey, { label: string; products: Product[] }>
  /** Four products per department card of the grid. */
  grid: Array<{ department: Department; products: Product[] }>
}

/** What the home page shows, chosen once per catalog. */
export function homeShelves(catalog: Catalog): HomeShelves {
  const all = [...catalog.products]
  const savings = (p: Product) => (p.listPriceCents === undefined ? 0 : 1 - p.priceCents / p.listPriceCents)
  const top = (sorted: Product[]) => sorted.slice(0, CAROUSEL_SIZE)
  return {
    carousels: {
      deals: {
        label: "Today's Deals",
        products: top(
          all
            .filter((p) => p.listPriceCents !== undefined)
            .sort((a, b) => savings(b) - savings(a) || a.index - b.index),
        ),
      },
      bestsellers: {
        label: 'Best Sellers',
        products: top([...all].sort((a, b) => b.monthlySales - a.monthlySales || a.index - b.index)),
      },
      toprated: {
        label: 'Top rated by customers',
        products: top(
          all
            .filter((p) => p.ratingsCount >= 100)
            .sort((a, b) => b.rating - a.rating || b.ratingsCount - a.ratingsCount || a.index - b.index),
        ),
      },
      new: {
        label: 'New arrivals',
        products: top(
          [...all].sort((a, b) => b.releaseDate.localeCompare(a.releaseDate) || a.index - b.index),
        ),
      },
    },
    grid: catalog.departments.slice(0, 8).map((department) => ({
      department,
      products: all
        .filter((p) => p.department === department.slug)
        .sort((a, b) => b.monthlySales - a.monthlySales)
        .slice(0, 4),
    })),
  }
}

export function homeCarouselPages(shelves: HomeShelves, key: HomeCarouselKey): number {
  return carouselPages({ products: shelves.carousels[key].products, perPage: HOME_CAROUSEL_PER_PAGE })
}

function gridCard(entry: HomeShelves['grid'][number]): SafeHtml {
  const { department } = entry
  return html`<div class="a-cardui gw-card" data-csa-c-type="widget" data-csa-c-slot-id="gw-${department.slug}">
  <h2 class="a-cardui-header a-size-medium">Shop ${department.name}</h2>
  <div class="gw-card-grid">
    ${entry.products.map(
      (p) =>
        html`<a class="a-link-normal gw-card-link" href="${productUrl(p.asin)}"><img src="${imageUrl(p.asin, 120)}" alt="${p.noun} by ${p.brand}" width="120" height="120" /><span class="a-size-small">${p.noun}</span></a>`,
    )}
  </div>
  <a class="a-link-normal gw-see-more" href="${searchUrlFor('', department.slug)}">See more</a>
</div>`
}

/** `/`: a banner, department cards and four carousels whose arrows page them via `?<key>=<page>`. */
export function homePage(
  shelves: HomeShelves,
  pages: Record<HomeCarouselKey, number>,
  nav: NavContext,
): string {
  const hrefFor = (key: HomeCarouselKey) => (page: number) => {
    const params = new URLSearchParams()
    for (const k of HOME_CAROUSEL_KEYS) {
      const value = k === key ? page : pages[k]
      if (value > 1) params.set(k, String(value))
    }
    const query = params.toString()
    return query === '' ? '/' : `/?${query}`
  }
  const body = html`<div id="gw-desktop-herotator" class="gw-hero">
  <div class="gw-hero-text">
    <h1>Everything you need, simulated.</h1>
    <p>Thousands of products across ${nav.departments.length} departments. Free delivery on Prime items.</p>
    <a class="a-button a-button-primary gw-hero-cta" href="/s?k="><span class="a-button-text">Shop all products</span></a>
  </div>
</div>
<div id="gw-card-layout" class="gw-card-layout">${shelves.grid.map(gridCard)}</div>
<div class="gw-carousels">
  ${HOME_CAROUSEL_KEYS.map((key) =>
    carousel({
      id: `gw-${key}`,
      label: shelves.carousels[key].label,
      products: shelves.carousels[key].products,
      page: pages[key],
      perPage: HOME_CAROUSEL_PER_PAGE,
      hrefForPage: hrefFor(key),
    }),
  )}
</div>`
  return layout({
    title: 'shopsim.store: Online Shopping for Everything (simulated)',
    nav,
    body,
    pageClass: 'page-home',
  })
}

import { mixSeed, SeededRandom } from '../../traces/seeded-random.js'
import {
  cartItem,
  productAt,
  productUrl,
  type SyntheticProduct,
  searchResultCard,
  slugOf,
} from './product-cards.js'

export type PageKind = 'search' | 'product' | 'cart'

/** One simplified page plus what a step needs from it: names to act on and the page's metadata. */
export interface SyntheticPage {
  kind: PageKind
  url: string
  html: string
  pageMeta: Record<string, unknown[]>
  /** The products whose cards the page shows, in page order. */
  shown: SyntheticProduct[]
  /** Clickable names present in the page, by what a shopper would use them for. */
  names: {
    product: string[]
    review: string[]
    option: string[]
    filter: string[]
    page: string[]
    nav: string[]
  }
  /** The product the page is about (product pages only). */
  subject?: SyntheticProduct
}

const REFINEMENTS: Record<string, string[]> = {
  delivery_day: ['get_it_by_tomorrow', 'get_it_in_2_days'],
  customer_reviews: ['4_stars_up', '3_stars_up'],
  price: ['up_to_25', '25_to_50', '50_to_100', '100_above'],
  brand: ['amazon_basics', 'utopia', 'bedsure', 'anker', 'stanley', 'rubbermaid', 'sterilite', 'gildan'],
  color: ['black', 'white', 'grey', 'blue', 'green', 'red', 'beige'],
  material: ['cotton', 'stainless_steel', 'plastic', 'bamboo', 'silicone'],
  deals_discounts: ['all_discounts', 'todays_deals'],
}
const SUGGESTED = [
  'moving boxes',
  'moving boxes with handles',
  'packing tape',
  'storage bins',
  'crew socks men',
  'water bottle 40 oz',
  'cast iron skillet',
  'pimple patches',
]

const words = (slug: string): string => slug.replace(/_/g, ' ')

/**
 * Builds the pages of one session. Pages are windows over one list of product cards that moves a
 * little per step, so adjacent steps share most of their text, as recorded amazon.com pages do.
 */
export class SessionPages {
  private readonly products: SyntheticProduct[] = []
  private readonly cards: string[] = []
  private readonly nav: string
  private readonly sidebar: string
  readonly query: string

  constructor(private readonly seed: number) {
    const rng = new SeededRandom(mixSeed(seed, 3))
    this.query = rng.pick(SUGGESTED)
    this.nav =
      '<html><head></head><body><div name="nav_bar" role="navigation" aria-label="Primary">' +
      '<div name="nav_bar.homepage">Homepage</div><form role="search">' +
      `<input name="nav_bar.search_input" type="text" value="${this.query}" aria-label="Search Amazon">` +
      '<input name="nav_bar.search_button" type="submit" value="Go"></form>' +
      `<div name="nav_bar.suggested_terms">${SUGGESTED.map((t) => `<a name="nav_bar.suggested_terms.${slugOf(t)}">${t}</a>`).join('')}</div>` +
      '<a name="nav_bar.order_button">Returns &amp; Orders</a><a name="nav_bar.cart_button" aria-label="2 items in cart">Cart</a></div>'
    const groups = Object.entries(REFINEMENTS).map(
      ([group, options]) =>
        `<div name="refinements.${group}" role="group" aria-label="${words(group)}">${options
          .map(
            (o) =>
              `<a name="refinements.${group}.${o}" role="checkbox" aria-selected="false">${words(o)}</a>`,
          )
          .join('<split-marker></split-marker>')}</div>`,
    )
    this.sidebar =
      `<div name="refinements" role="complementary">${groups.join('')}</div>` +
      '<div name="refinements_toolbar"><span name="refinements_toolbar.drop_down_lists.sort_by.open_drop_down_list">Sort by: Featured</span>' +
      ['featured', 'price_low_to_high', 'price_high_to_low', 'avg_customer_review', 'newest_arrivals']
        .map((o) => `<a name="refinements_toolbar.drop_down_lists.sort_by.${o}" value="${o}">${words(o)}</a>`)
        .join('') +
      '</div>'
  }

  private product(index: number): SyntheticProduct {
    for (let i = this.products.length; i <= index; i++) {
      const p = productAt(this.seed, i)
      this.products.push(p)
      this.cards.push(searchResultCard(p, 'search_results', mixSeed(this.seed, i)))
    }
    return this.products[index] as SyntheticProduct
  }

  /** Cards from `offset` until the page reaches `targetChars` (at least one card). */
  private window(
    offset: number,
    used: number,
    targetChars: number,
  ): { html: string[]; shown: SyntheticProduct[] } {
    const html: string[] = []
    const shown: SyntheticProduct[] = []
    for (let i = offset; used < targetChars || shown.length === 0; i++) {
      shown.push(this.product(i))
      const card = this.cards[i] as string
      html.push(card)
      used += card.length
    }
    return { html, shown }
  }

  search(offset: number, targetChars: number): SyntheticPage {
    const pagination = `<div name="pagination">${[1, 2, 3, 4, 5, 6, 7].map((n) => `<a name="pagination.${n}">${n}</a>`).join('')}<a name="pagination.next_page">Next</a></div>`
    const head = targetChars > 20_000 ? this.nav + this.sidebar : this.nav
    const tail = `${pagination}</body></html>`
    const { html, shown } = this.window(offset, head.length + tail.length, targetChars)
    return {
      kind: 'search',
      url: 'https://www.amazon.com/s?URL_MASKED',
      html: head + html.join('') + tail,
      pageMeta: {
        search_term: [{ term: this.query }],
        search_results: shown.map((p) => ({
          title: p.title,
          asin: p.asin,
          price: p.price,
          url: productUrl(p),
        })),
      },
      shown,
      names: {
        product: shown.flatMap((p) => [
          `search_results.${p.slug}.product_name`,
          `search_results.${p.slug}.product_image`,
        ]),
        review: shown.map((p) => `search_results.${p.slug}.product_rating`),
        option: shown.flatMap((p) =>
          [...p.colors, ...p.sizes].map((o) => `search_results.${p.slug}.options.${slugOf(o)}`),
        ),
        filter:
          head === this.nav
            ? []
            : Object.entries(REFINEMENTS).flatMap(([g, os]) => os.map((o) => `refinements.${g}.${o}`)),
        page: ['pagination.2', 'pagination.3', 'pagination.next_page'],
        nav: [
          'nav_bar.homepage',
          'nav_bar.cart_button',
          `nav_bar.suggested_terms.${slugOf(SUGGESTED[1] ?? '')}`,
        ],
      },
    }
  }

  /** A product page: the product's own block and buy box, then a carousel of related cards. */
  productPage(offset: number, targetChars: number): SyntheticPage {
    const subject = this.product(offset)
    const options = [
      ['size', subject.sizes.length > 0 ? subject.sizes : ['one_size']],
      ['color', subject.colors.length > 0 ? subject.colors : ['default']],
    ] as const
    const optionNames: string[] = []
    const optionHtml = options
      .map(([dim, values]) => {
        const links = values.map((v) => {
          const name = `product_options.${dim}.button_list.${slugOf(v)}`
          optionNames.push(name)
          return `<a name="${name}" role="radio" aria-selected="false">${v}</a>`
        })
        return `<div name="product_options.${dim}" class="product-options">${links.join('')}</div>`
      })
      .join('')
    const form = 'buybox.one_time_purchase.purchase_form'
    const block =
      `<div name="product_details"><span class="product-name" name="product_title">${subject.title}</span>` +
      `<a name="reviews.average_rating" class="product-rating">${subject.rating}</a><span class="product-price">${subject.price}</span></div>` +
      optionHtml +
      `<div name="about_this_item"><ul>${Array.from({ length: 6 }, (_, i) => `<li>${subject.title} - detail ${i + 1}: built to last, easy to clean, backed by a 30-day return policy.</li>`).join('')}</ul></div>` +
      `<div name="buybox"><div name="buybox.one_time_purchase"><form name="${form}"><span name="${form}.quantity_selector.open_drop_down_list">Qty: 1</span>` +
      `<input name="${form}.add_to_cart" type="submit" value="Add to Cart"><input name="${form}.buy_now" type="submit" value="Buy Now"></form></div></div>`
    const head = this.nav + block
    const tail = '<a name="customers_also_viewed.carousel_next_slide" role="button">Next</a></body></html>'
    const { html, shown } = this.window(offset + 1, head.length + tail.length, targetChars)
    return {
      kind: 'product',
      url: productUrl(subject),
      html: head + html.join('') + tail,
      pageMeta: {
        product_details: [{ title: subject.title, asin: subject.asin, price: subject.price }],
        product_options: optionNames.map((n) => ({ name: n })),
        buybox: [{ price: subject.price, delivery: 'FREE delivery Tue, Apr 15' }],
      },
      shown,
      names: {
        product: shown.map((p) => `search_results.${p.slug}.product_name`),
        review: ['reviews.average_rating', 'reviews.popover.close'],
        option: optionNames,
        filter: [],
        page: ['customers_also_viewed.carousel_next_slide'],
        nav: ['nav_bar.homepage', 'nav_bar.cart_button'],
      },
      subject,
    }
  }

  /** The cart: a few line items and nothing shared with the result pages but the nav bar. */
  cart(offset: number, items: number): SyntheticPage {
    const shown = Array.from({ length: items }, (_, i) => this.product(offset + i))
    return {
      kind: 'cart',
      url: 'https://www.amazon.com/cart?URL_MASKED',
      html: `${this.nav}<div name="active_item_list">${shown.map(cartItem).join('')}</div><a name="check_out" role="button">Proceed to checkout</a></body></html>`,
      pageMeta: {
        cart_items: shown.map((p) => ({
          title: p.title,
          asin: p.asin,
          price: p.price,
          url: productUrl(p),
          quantity: 1,
        })),
      },
      shown,
      names: {
        product: shown.map((p) => `active_item_list.${p.slug}.product_detail`),
        review: [],
        option: shown.map((p) => `active_item_list.${p.slug}.checkbox`),
        filter: [],
        page: shown.map((p) => `active_item_list.${p.slug}.increase_quantity_by_one`),
        nav: ['nav_bar.homepage'],
      },
    }
  }
}

import type { ElementMeta } from '../../traces/index.js'
import {
  ADDED_SCENT,
  AIR_FRESHENER,
  airFreshenerTitle,
  CART_SCENT,
  SCENT_OPTIONS,
  type ScentOption,
} from './air-freshener.js'
import { FRAME_BAG, GRX_LEVER, lumiereSaddleBag, RECOMMENDED, tailLightResults } from './bike-products.js'
import { activeItem, type CartLine, cartPage } from './cart-page.js'
import type { Fixtures, GoldStep, PurchasedProduct } from './fixture.js'
import { homePage } from './home-page.js'
import { slug } from './html.js'
import type { PageView } from './page-view.js'
import { productPage } from './product-page.js'
import type { Product } from './products.js'
import { searchPage } from './search-page.js'
import { smartWagonPage } from './smart-wagon-page.js'

/** What one gold step observed (its page) and the element metadata its target carries. */
export interface Scene {
  view: PageView
  /** Absent for terminate, which has no target. */
  elementMeta?: ElementMeta
}

// The extension leaves element_meta empty when no ancestor of the target carries recipe metadata.
const NO_META: ElementMeta = { name: '' }
// Items in the cart badge. The 2025-04-10 session shows one fewer: nothing ties its cart to the others.
const CART_COUNT = 3

function scentProduct(scent: ScentOption): Product {
  return {
    title: airFreshenerTitle(scent.scent),
    asin: scent.asin,
    price: scent.price,
    rating: AIR_FRESHENER.rating,
    ratings: AIR_FRESHENER.ratings,
    delivery: AIR_FRESHENER.delivery,
  }
}

function cartLines(purchases: readonly PurchasedProduct[]): CartLine[] {
  const bag = lumiereSaddleBag(purchases)
  const bagOptions = purchases.find((p) => p.asin === bag.asin)?.options ?? []
  return [
    {
      product: scentProduct(CART_SCENT),
      options: [{ Color: CART_SCENT.label }],
      quantity: 1,
      selected: true,
    },
    { product: bag, options: bagOptions, quantity: 1, selected: true },
    { product: FRAME_BAG, options: [{ Color: 'Black' }], quantity: 1, selected: true },
  ]
}

function scentBySlug(optionSlug: string): ScentOption {
  const scent = SCENT_OPTIONS.find((option) => slug(option.text) === optionSlug)
  if (!scent) throw new Error(`no colour option of the air freshener slugs to ${optionSlug}`)
  return scent
}

function airFreshenerPage(scent: ScentOption): PageView {
  return productPage({
    nav: { searchTerm: '', cartCount: CART_COUNT },
    product: scentProduct(scent),
    dimensions: [{ label: 'Color', options: SCENT_OPTIONS, selected: SCENT_OPTIONS.indexOf(scent) }],
    bullets: AIR_FRESHENER.bullets,
    reviews: AIR_FRESHENER.reviews,
    offer: 'One-time purchase:',
  })
}

const TAIL_LIGHT_SEARCH = {
  departments: ['Bike Tail Lights', 'Bike Headlights', 'Bike Light Sets'],
  refinements: [
    { heading: 'Brands', options: ['Specialized', 'ROCKBROS', 'VeloGlow', 'Lumintrail'] },
    { heading: 'Customer Reviews', options: ['4 Stars & Up'] },
  ],
}

/**
 * Walks one session's gold steps in order and gives each the page it plausibly acted on. The page kind
 * follows from the gold action (a cart id needs the cart, a colour option the product page...) and from
 * what earlier steps did (the colour last clicked is the one selected, a search sets the query, a
 * pagination click moves to that page). A step no rule covers is an error, never a guess.
 */
export function scenesFor(steps: readonly GoldStep[], fixtures: Fixtures): Scene[] {
  const lines = cartLines(fixtures.purchases)
  const resultPages = tailLightResults(fixtures.purchases)
  let scent = CART_SCENT
  let query: string | undefined
  let resultPage = 1

  const results = (): PageView => {
    if (query === undefined) throw new Error('a search results page needs a search first')
    return searchPage({
      query,
      cartCount: CART_COUNT - 1,
      pageNumber: resultPage,
      pageCount: resultPages.length + 1,
      ...TAIL_LIGHT_SEARCH,
      results: resultPages[resultPage - 1] ?? [],
    })
  }

  return steps.map((step): Scene => {
    const { action } = step
    if (action.type === 'terminate') return { view: results() }
    if (action.type === 'input') {
      if (action.name !== 'nav_bar.search_input')
        throw new Error(`no page rule for input into ${action.name}`)
      const view = homePage({ searchTerm: '', cartCount: CART_COUNT - 1 }, [
        {
          heading: 'Keep shopping for',
          products: [scentProduct(ADDED_SCENT), lumiereSaddleBag(fixtures.purchases)],
        },
        { heading: "Related to items you've viewed", products: RECOMMENDED },
      ])
      query = action.text
      resultPage = 1
      // The search box's metadata as the page was recorded, before the typed text was committed.
      return { view, elementMeta: { name: 'search_term', data: { term: '' } } }
    }
    const name = action.name
    const [section] = name.split('.')
    if (name === 'go_to_cart') {
      return {
        view: smartWagonPage(
          { searchTerm: '', cartCount: CART_COUNT },
          lines.map((l) => l.product),
          RECOMMENDED,
        ),
        elementMeta: NO_META,
      }
    }
    if (section === 'active_item_list') {
      const line = lines.find((l) => name.startsWith(`active_item_list.${slug(l.product.title)}.`))
      if (!line) throw new Error(`no cart line is named by ${name}`)
      return {
        view: cartPage({ searchTerm: '', cartCount: CART_COUNT }, lines),
        elementMeta: { name: 'active_items', data: activeItem(line) },
      }
    }
    if (section === 'product_options') {
      const view = airFreshenerPage(scent)
      const elementMeta = { name: 'product_options', data: { label: 'Color', value: scent.label } }
      scent = scentBySlug(name.split('.').slice(3).join('.'))
      return { view, elementMeta }
    }
    if (section === 'buybox')
      return {
        view: airFreshenerPage(scent),
        elementMeta: { name: 'product_details', data: { asin: scent.asin } },
      }
    if (section === 'pagination') {
      const view = results()
      resultPage = Number(name.split('.')[1])
      return { view, elementMeta: NO_META }
    }
    if (name === 'cart_side_bar.go_to_cart') {
      const lever: Product = GRX_LEVER
      const view = productPage({
        nav: { searchTerm: GRX_LEVER.searchTerm, cartCount: CART_COUNT },
        product: lever,
        dimensions: [
          { label: 'Style', options: GRX_LEVER.styles.map((s) => ({ text: s, label: s })), selected: 0 },
        ],
        bullets: GRX_LEVER.bullets,
        reviews: GRX_LEVER.reviews,
        sideBar: [lever, scentProduct(ADDED_SCENT), lumiereSaddleBag(fixtures.purchases)],
      })
      return { view, elementMeta: NO_META }
    }
    throw new Error(`no page rule for a click on ${name}`)
  })
}

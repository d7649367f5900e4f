import { cartItemsMeta, cartSideBar } from './cart-side-bar.js'
import { el, fromText, type Node, named, page, select, text } from './html.js'
import { type NavBarState, navBar, searchTermMeta } from './nav-bar.js'
import type { PageView } from './page-view.js'
import { type Product, productUrl } from './products.js'

export interface OptionButton {
  text: string
  /** The value the dimension's title row shows when this option is selected. */
  label: string
}

export interface Dimension {
  /** `Color`, `Style`...: the slug of `<label>:` is the dimension's name segment. */
  label: string
  options: readonly OptionButton[]
  selected: number
}

export interface Review {
  stars: string
  title: string
  body: string
}

export interface ProductPageInput {
  nav: NavBarState
  product: Product
  dimensions: readonly Dimension[]
  bullets: readonly string[]
  reviews: readonly Review[]
  /** The buybox accordion caption (`One-time purchase:`); without one the form sits directly in the buybox. */
  offer?: string
  /** Items of the cart flyout, when it is open. */
  sideBar?: readonly Product[]
}

function selectedLabel(dimension: Dimension): string {
  return dimension.options[dimension.selected]?.label ?? ''
}

function productOptions(dimensions: readonly Dimension[]): Node {
  return named(
    'div',
    'product_options',
    { class: 'product-options' },
    ...dimensions.map((dimension) =>
      fromText(
        'div',
        `${dimension.label}:`,
        {},
        el('div', {}, text('label', `${dimension.label}:`), text('span', selectedLabel(dimension))),
        named(
          'ul',
          'button_list',
          {},
          ...dimension.options.map((option, i) => ({
            tag: 'button',
            name: { fromText: option.text },
            text: option.text,
            attrs: { 'aria-selected': String(i === dimension.selected) },
          })),
        ),
      ),
    ),
  )
}

function buybox(input: ProductPageInput): Node {
  const form = named(
    'div',
    'purchase_form',
    {},
    text('div', input.product.delivery, { class: 'product-delivery' }),
    named(
      'div',
      'quantity_selector',
      {},
      text('label', 'Quantity:'),
      text('span', '1'),
      select('drop_down_list', ['1', '2', '3', '4', '5'], '1'),
    ),
    named('input', 'add_to_cart', {
      attrs: { title: 'Add to Shopping Cart', type: 'submit', value: 'Add to Cart' },
      class: 'product-add-to-cart',
    }),
    named('input', 'buy_now', {
      attrs: { title: 'Buy Now', type: 'submit', value: 'Buy Now' },
      class: 'product-buy-now',
    }),
  )
  const offer =
    input.offer === undefined
      ? el('div', {}, form)
      : fromText('div', input.offer, {}, text('div', input.offer, { name: 'accordion_selector' }), form)
  return named('div', 'buybox', {}, offer)
}

function reviews(input: ProductPageInput): Node {
  return named(
    'div',
    'reviews',
    {},
    text('h2', 'Customer reviews'),
    text('span', input.product.rating, { class: 'product-rating' }),
    ...input.reviews.map((review) =>
      el(
        'div',
        { class: 'review' },
        text('span', review.stars, { class: 'product-rating' }),
        text('span', review.title),
        text('span', review.body),
      ),
    ),
    text('a', 'See more reviews', { name: 'see_all_reviews' }),
  )
}

/** A product page (`/dp/<ASIN>`): title, price, options, bullets, buybox, reviews, maybe the cart flyout. */
export function productPage(input: ProductPageInput): PageView {
  const { product } = input
  const body: Node[] = [navBar(input.nav)]
  if (input.sideBar) body.push(cartSideBar(input.sideBar))
  body.push(
    el(
      'div',
      { class: 'product-card' },
      text('div', product.title),
      el('div', { class: 'review' }, text('span', product.rating), text('span', product.ratings)),
      text('span', `Price: ${product.price}`, { class: 'product-price' }),
      productOptions(input.dimensions),
      named(
        'ul',
        'about_this_item',
        { text: 'About this item: ' },
        ...input.bullets.map((bullet) => text('li', bullet)),
      ),
    ),
    buybox(input),
    reviews(input),
  )
  return {
    url: productUrl(product.asin),
    html: page(...body),
    pageMeta: {
      ...searchTermMeta(input.nav.searchTerm),
      ...(input.sideBar ? { cart_items: cartItemsMeta(input.sideBar) } : {}),
      product_details: [
        { title: product.title },
        { price: product.price },
        { bullet_list: input.bullets.join(' ') },
        { asin: product.asin },
      ],
      product_options: input.dimensions.map((d) => ({ label: d.label, value: selectedLabel(d) })),
    },
  }
}

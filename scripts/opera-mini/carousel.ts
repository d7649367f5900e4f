import { fromText, type Node, text } from './html.js'
import { type Product, productHref } from './products.js'

/** A product carousel: named from its heading, one card per product named from its title. */
export function carousel(heading: string, products: readonly Product[]): Node {
  return fromText(
    'div',
    heading,
    {},
    text('h2', heading),
    ...products.map((p) =>
      fromText(
        'li',
        p.title,
        {},
        text('a', 'Product Image', { name: 'product_image' }),
        text('div', p.title, { name: 'product_title' }),
        text('a', p.rating, { name: 'product_rating' }),
        text('div', p.price, { name: 'product_price' }),
      ),
    ),
    text('a', 'Next slide', { name: 'carousel_next_slide', attrs: { 'aria-label': 'Carousel next slide' } }),
  )
}

/** The page_meta records of carousel cards (the `carousel_card` recipe calls them promotion items). */
export function promotionItems(products: readonly Product[]): Record<string, string>[] {
  return products.map((p) => ({
    title: p.title,
    asin: p.asin,
    price: p.price,
    url: productHref(p.asin),
    quantity: '',
  }))
}

import { fromText, type Node, named, text } from './html.js'
import { cents, dollars, type Product, productHref } from './products.js'

/** The cart flyout Amazon opens beside a product page after "Add to Cart" (recipe `cart_side_bar`). */
export function cartSideBar(items: readonly Product[]): Node {
  const subtotal = dollars(items.reduce((sum, item) => sum + cents(item.price), 0))
  return named(
    'div',
    'cart_side_bar',
    {},
    text('div', `Subtotal ${subtotal}`),
    text('a', 'Go to Cart', { name: 'go_to_cart' }),
    named(
      'ul',
      'product_list',
      {},
      ...items.map((item) =>
        fromText(
          'div',
          item.title,
          {},
          named('img', 'product_image', { attrs: { alt: item.title } }),
          text('span', item.price),
          text('span', '1', { name: 'drop_down_list' }),
          text('button', 'delete', { name: 'delete' }),
        ),
      ),
    ),
  )
}

export function cartItemsMeta(items: readonly Product[]): Record<string, string>[] {
  return items.map((item) => ({
    title: item.title,
    asin: item.asin,
    price: item.price,
    url: productHref(item.asin),
    quantity: '1',
  }))
}

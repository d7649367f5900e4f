import { parsePrice, parseRating } from '../text/money.js'
import { unslug } from '../text/terms.js'
import type { PageView } from './read-page.js'

/** A product shown as a card: a search result, a carousel card, a cart or checkout line. */
export interface ProductCard {
  /** The card's own name (`search_results.<title_slug>`). */
  card: string
  /** The card's last segment, the slug of its title: how the shopper recognises the product elsewhere. */
  key: string
  title: string
  /** The page section it sits in: `search_results`, a carousel's name, `active_item_list`... */
  section: string
  /** The name to click to open the product. */
  openName: string
  price?: number
  rating?: number
  /** OPeRA's search results can carry their own add-to-cart button. */
  addToCartName?: string
  /** Position among the cards of the page, from 0. */
  position: number
}

/** Controls that open a product, best first: a person clicks the title more often than the picture. */
const OPENERS = ['product_name', 'product_title', 'product_detail', 'product_image', 'product_link'] as const

function splitName(name: string): { card: string; control: string } | undefined {
  const cut = name.lastIndexOf('.')
  if (cut <= 0) return undefined
  return { card: name.slice(0, cut), control: name.slice(cut + 1) }
}

function titleOf(view: PageView, card: string, openers: Map<string, string>): string {
  for (const control of OPENERS) {
    const name = openers.get(control)
    if (name === undefined) continue
    const element = view.get(name)
    const text = element?.attributes.title ?? element?.attributes.alt ?? element?.text ?? ''
    // A picture link's text is often a placeholder ("Product Image"), not the title.
    if (text !== '' && !/^product image$/i.test(text)) return text
  }
  return unslug(card.slice(card.lastIndexOf('.') + 1))
}

/** Every product card of the page, in document order, with what its card shows (title, price, rating). */
export function productCards(view: PageView): ProductCard[] {
  const openersByCard = new Map<string, Map<string, string>>()
  for (const { name } of view.elements) {
    const parts = splitName(name)
    if (!parts || !(OPENERS as readonly string[]).includes(parts.control)) continue
    const openers = openersByCard.get(parts.card) ?? new Map<string, string>()
    openers.set(parts.control, name)
    openersByCard.set(parts.card, openers)
  }
  const cards: ProductCard[] = []
  for (const [card, openers] of openersByCard) {
    const openName = OPENERS.map((c) => openers.get(c)).find((n) => n !== undefined && view.canAct(n))
    if (openName === undefined) continue
    const title = titleOf(view, card, openers)
    const price = parsePrice(
      view.get(`${card}.product_price`)?.text ?? view.textWithin(card, '.product-price') ?? undefined,
    )
    const ratingElement = view.get(`${card}.product_rating`)
    const rating = parseRating(
      ratingElement?.attributes.title ?? ratingElement?.text ?? view.textWithin(card, '.product-rating'),
    )
    const addToCart = `${card}.add_to_cart`
    cards.push({
      card,
      key: card.slice(card.lastIndexOf('.') + 1),
      title,
      section: card.split('.')[0] ?? card,
      openName,
      ...(price === undefined ? {} : { price }),
      ...(rating === undefined ? {} : { rating }),
      ...(view.canAct(addToCart) ? { addToCartName: addToCart } : {}),
      position: cards.length,
    })
  }
  return cards
}

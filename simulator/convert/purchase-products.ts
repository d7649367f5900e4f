import { classifyClick, type Product, type Step } from '../../traces/schema/index.js'

type MetaRecord = Record<string, unknown>

const isRecord = (value: unknown): value is MetaRecord =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

function records(pageMeta: Step['observation']['pageMeta'], key: string): MetaRecord[] {
  const value = pageMeta?.[key]
  return Array.isArray(value) ? value.filter(isRecord) : []
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** OPeRA's price is a display string (`"$19.56"`) or null; page_meta may hold a number. */
function priceString(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return `$${value.toFixed(2)}`
  return text(value) ?? null
}

/** OPeRA names option dimensions as the page shows them ("Size", "Flavor Name"); recipes give `flavor_name`. */
function dimensionLabel(dimension: string): string {
  return dimension
    .split(/[_\s]+/)
    .filter((word) => word !== '')
    .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .join(' ')
}

type Options = { [dimension: string]: string }[]

/** The selected value of each option dimension, as OPeRA's list of one-key objects. */
function selectedOptions(pageMeta: Step['observation']['pageMeta']): Options {
  return records(pageMeta, 'product_options').flatMap((option) => {
    const dimension = text(option.dimension)
    const selected = text(option.selected)
    return dimension === undefined || selected === undefined
      ? []
      : [{ [dimensionLabel(dimension)]: selected }]
  })
}

function product(record: MetaRecord, quantity: number, options: Options): Product | undefined {
  const asin = text(record.asin)
  if (asin === undefined) return undefined
  const title = text(record.title)
  return { asin, ...(title !== undefined && { title }), price: priceString(record.price), quantity, options }
}

/** The product a product page offers, with the options and quantity chosen in its buybox. */
function productOnPage(pageMeta: Step['observation']['pageMeta']): Product | undefined {
  const [details] = records(pageMeta, 'product_details')
  if (details === undefined) return undefined
  const quantity = records(pageMeta, 'buybox')[0]?.quantity
  return product(details, typeof quantity === 'number' ? quantity : 1, selectedOptions(pageMeta))
}

/**
 * The cart's active lines when the page shows the cart: the cart page's `active_items` (even none: an
 * emptied cart), else a non-empty `cart_items` (the added-to-cart page, the cart flyout).
 */
function cartLines(pageMeta: Step['observation']['pageMeta']): MetaRecord[] | undefined {
  if (Array.isArray(pageMeta?.active_items)) return records(pageMeta, 'active_items')
  const lines = records(pageMeta, 'cart_items')
  return lines.length > 0 ? lines : undefined
}

const cartKey = (item: Product): string => `${item.asin}|${JSON.stringify(item.options ?? [])}`

/**
 * OPeRA's `products` of a purchase click (add to cart, buy now, check out, place order): what the click buys,
 * as `{asin, title, price, quantity, options}`. Read from the page the click is on: the product page's
 * details and selected options, the clicked item's element_meta, the cart's lines; on a page that shows none
 * (the checkout page) the session's own earlier purchase clicks say what is being bought. Feed it every step
 * of a session in order.
 */
export class PurchaseProducts {
  private cart = new Map<string, Product>()
  /** What a checkout would buy now: the cart, or the one product of a buy-now click. */
  private pending: Product[] = []
  private readonly optionsByAsin = new Map<string, Options>()

  productsOf(step: Step): Product[] | undefined {
    const { pageMeta } = step.observation
    const lines = cartLines(pageMeta)
    if (lines !== undefined) {
      // The page's cart is the truth; options are not on cart lines, so they come from earlier clicks.
      const items = lines.flatMap((line) => {
        const quantity = typeof line.quantity === 'number' ? line.quantity : 1
        const item = product(line, quantity, this.optionsByAsin.get(text(line.asin) ?? '') ?? [])
        return item === undefined ? [] : [item]
      })
      this.cart = new Map(items.map((item) => [cartKey(item), item]))
      this.pending = items
    }
    const { action } = step
    if (action.type !== 'click' || (step.clickType ?? classifyClick(action.name)) !== 'purchase')
      return undefined

    const offered = productOnPage(pageMeta) ?? this.clickedItem(step)
    if (offered !== undefined) {
      this.optionsByAsin.set(offered.asin ?? '', (offered.options ?? []) as Options)
      if (action.name.endsWith('buy_now')) this.pending = [offered]
      else {
        const key = cartKey(offered)
        const inCart = this.cart.get(key)
        this.cart.set(key, { ...offered, quantity: (inCart?.quantity ?? 0) + (offered.quantity ?? 1) })
        this.pending = [...this.cart.values()]
      }
      return [offered]
    }
    return this.pending.length > 0 ? this.pending.map((item) => ({ ...item })) : undefined
  }

  /** An item's own purchase control (a result card's add-to-cart) carries the item in its element_meta. */
  private clickedItem(step: Step): Product | undefined {
    const data = step.elementMeta?.data
    return isRecord(data) ? product(data, 1, []) : undefined
  }
}

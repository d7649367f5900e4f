import { classifyClick } from '../../../../traces/schema/click-type.js'
import { parsePrice, parseRating } from '../text/money.js'
import { metaField } from './page-meta.js'
import type { PageView } from './read-page.js'

export interface OptionChoice {
  name: string
  /** The option as a person names it ("Cedar Wood (Tassel Ceramic)"), without the prices amazon adds. */
  label: string
  /** The button's whole text, prices included. */
  text: string
  selected: boolean
}

/** Amazon's option buttons repeat prices, savings and stock: "$4.99 with 38 percent savings $4.99 Clean Linen". */
export function optionLabel(text: string): string {
  const cleaned = text
    .replace(/\([^)]*\bper\b[^)]*\)|\([^)]*\/[^)]*\)/gi, ' ')
    .replace(/with \d+ percent savings/gi, ' ')
    .replace(/\$\s*\d[\d,]*(\.\d+)?/g, ' ')
    .replace(/\b(with prime|in stock|used|only \d+ left in stock|order soon)\b/gi, ' ')
    .replace(/(^|\s)[-–|,](?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return cleaned === '' ? text : cleaned
}

/** One option dimension of a product page (`product_options.<dimension>...`). */
export interface OptionGroup {
  dimension: string
  choices: OptionChoice[]
}

/** What a product page says about its product. */
export interface ProductDetails {
  title: string | undefined
  price: number | undefined
  rating: number | undefined
  /** Title, bullets and selected options: where the shopper checks the attributes it wants. */
  description: string
  options: OptionGroup[]
  /** Review controls that stay on the page, best first, then the ones that leave it. */
  reviewTargets: string[]
}

function optionGroups(view: PageView): OptionGroup[] {
  const groups = new Map<string, OptionChoice[]>()
  const names = view.elements.map((e) => e.name)
  for (const element of view.elements) {
    const segments = element.name.split('.')
    if (segments[0] !== 'product_options' || segments.length < 3) continue
    // A choice is a leaf: no other name continues it (the dimension row and its list are containers).
    if (names.some((n) => n.startsWith(`${element.name}.`))) continue
    if (!view.canAct(element.name)) continue
    const dimension = segments[1] ?? ''
    const choices = groups.get(dimension) ?? []
    choices.push({
      name: element.name,
      label: optionLabel(element.text !== '' ? element.text : (segments[segments.length - 1] ?? '')),
      text: element.text,
      selected: element.attributes['aria-selected'] === 'true' || element.attributes.selected === 'true',
    })
    groups.set(dimension, choices)
  }
  return [...groups].map(([dimension, choices]) => ({ dimension, choices }))
}

/** In-page review controls first: the store's "see all reviews" leads to a page with nothing to click back. */
function reviewRank(name: string): number {
  if (name === 'customer_reviews') return 0
  if (/^reviews\.\d+\.(read_more|body)$/.test(name)) return 1
  if (name === 'product_rating' || /^reviews\.\d+\.rating$/.test(name)) return 3
  if (/^reviews\.\d+\.title$/.test(name)) return 5
  if (name.endsWith('see_all_reviews')) return 6
  return 4
}

function reviewTargets(view: PageView): string[] {
  const names = view.elements.map((e) => e.name)
  // Leaves only: clicking the whole reviews block is not something a person does.
  const isContainer = (name: string) => names.some((n) => n.startsWith(`${name}.`))
  return names
    .filter(
      (n) => view.canAct(n) && classifyClick(n) === 'review' && !n.endsWith('.author') && !isContainer(n),
    )
    .sort((a, b) => reviewRank(a) - reviewRank(b))
}

export function productDetails(view: PageView): ProductDetails {
  const title =
    view.get('product_title')?.text ||
    (metaField(view.pageMeta, 'product_details', 'title') as string | undefined) ||
    undefined
  const price =
    parsePrice(view.get('buybox.price')?.text) ??
    parsePrice(metaField(view.pageMeta, 'product_details', 'price')) ??
    parsePrice(metaField(view.pageMeta, 'buybox', 'price'))
  const ratingElement = view.get('product_rating')
  const rating =
    parseRating(ratingElement?.attributes.title ?? ratingElement?.text) ??
    parseRating(metaField(view.pageMeta, 'product_details', 'rating'))
  const options = optionGroups(view)
  const bullets = view.elements.filter((e) => e.name.startsWith('about_this_item.')).map((e) => e.text)
  const selected = options.flatMap((g) => g.choices.filter((c) => c.selected).map((c) => c.label))
  const metaBullets = metaField(view.pageMeta, 'product_details', 'bullet_list')
  return {
    title,
    price,
    rating,
    description: [
      title ?? '',
      ...bullets,
      typeof metaBullets === 'string' ? metaBullets : '',
      ...selected,
    ].join(' '),
    options,
    reviewTargets: reviewTargets(view),
  }
}

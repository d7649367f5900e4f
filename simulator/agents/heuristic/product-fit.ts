import type { Controls } from './page/controls.js'
import type { ProductCard } from './page/product-cards.js'
import type { OptionChoice, OptionGroup, ProductDetails } from './page/product-details.js'
import type { PageView } from './page/read-page.js'
import type { Traits } from './persona-traits.js'
import type { SessionMemory } from './session-memory.js'
import type { ShoppingGoal } from './shopping-goal.js'
import { coverage, slugify, termsOf } from './text/terms.js'

/** Share of the query's words a title needs before the shopper calls it what they are looking for. */
export const RELEVANT = 0.6

export type Misfit =
  | 'not_what_i_want'
  | 'too_expensive'
  | 'missing_option'
  | 'missing_attribute'
  | 'cannot_buy'

export interface CardJudgement {
  card: ProductCard
  fits: boolean
  misfit?: Misfit
  relevance: number
  /** Higher is better for this persona; only compared between cards of one page. */
  score: number
  /** Share of the goal's attributes the card's title shows. */
  attributes: number
  /** Its brand was met earlier in the session. */
  knownBrand: string | undefined
}

/** Share of the wanted attributes whose every word the text holds: 1 when none are wanted. */
export function attributeShare(attributes: readonly string[], text: string): number {
  if (attributes.length === 0) return 1
  return attributes.filter((a) => coverage(termsOf(a), text) === 1).length / attributes.length
}

/** Brands the page lists as filters (`refinements.brands.<brand>`), as slugs. */
export function brandsOnPage(view: PageView): string[] {
  return view.elements
    .map((e) => e.name.split('.'))
    .filter((s) => s[0] === 'refinements' && /^brands?$/.test(s[1] ?? '') && s.length === 3)
    .map((s) => s[2] ?? '')
}

function containsSlug(haystack: string, needle: string): boolean {
  return `_${haystack}_`.includes(`_${needle}_`)
}

/** The card's brand when the page names brands, else its title's first word (amazon titles lead with it). */
function brandOf(card: ProductCard, brands: readonly string[], goal: ShoppingGoal): string | undefined {
  const listed = brands.find((b) => containsSlug(card.key, b))
  if (listed) return listed
  const first = card.key.split('_')[0]
  return first && !goal.terms.includes(first) ? first : undefined
}

export function judgeCards(
  cards: readonly ProductCard[],
  goal: ShoppingGoal,
  traits: Traits,
  memory: SessionMemory,
  brands: readonly string[],
  noise: () => number,
): CardJudgement[] {
  const prices = cards.map((c) => c.price).filter((p): p is number => p !== undefined)
  const cheapest = Math.min(...prices)
  const dearest = Math.max(...prices)
  return cards.map((card) => {
    const relevance = coverage(goal.terms, card.title)
    const brand = brandOf(card, brands, goal)
    const knownBrand =
      brand !== undefined && memory.titlesSeen.some((t) => t !== card.key && containsSlug(t, brand))
        ? brand
        : undefined
    const misfit: Misfit | undefined =
      relevance < RELEVANT
        ? 'not_what_i_want'
        : goal.priceLimit !== undefined && card.price !== undefined && card.price > goal.priceLimit
          ? 'too_expensive'
          : undefined
    const attributes = attributeShare(goal.attributes, card.title)
    const cheapness =
      card.price === undefined || dearest <= cheapest ? 0.5 : (dearest - card.price) / (dearest - cheapest)
    const score =
      2 * relevance +
      2 * attributes +
      traits.valueSeeking * cheapness +
      traits.quality * ((card.rating ?? 4) - 4) +
      (knownBrand ? 1.5 * traits.brandLoyal : 0) +
      0.3 * noise()
    return {
      card,
      fits: misfit === undefined,
      ...(misfit ? { misfit } : {}),
      relevance,
      score,
      attributes,
      knownBrand,
    }
  })
}

function dimensionMatches(group: OptionGroup, dimension: string): boolean {
  const wanted = slugify(dimension)
  return (
    group.dimension === wanted ||
    group.dimension.startsWith(`${wanted}_`) ||
    wanted.startsWith(group.dimension)
  )
}

/** A choice carries the wanted value when the value's words appear in order in its label (labels hold prices). */
function valueMatches(choice: OptionChoice, value: string): boolean {
  return (
    containsSlug(slugify(choice.label), slugify(value)) ||
    containsSlug(choice.name.split('.').pop() ?? '', slugify(value))
  )
}

export interface WantedOption {
  dimension: string
  value: string
  /** The choice to click, when the page offers the value. */
  choice: OptionChoice | undefined
  /** The page has this dimension at all. */
  offered: boolean
}

export function wantedOptions(goal: ShoppingGoal, details: ProductDetails): WantedOption[] {
  return Object.entries(goal.options).map(([dimension, value]) => {
    const group = details.options.find((g) => dimensionMatches(g, dimension))
    return {
      dimension,
      value,
      choice: group?.choices.find((c) => valueMatches(c, value)),
      offered: group !== undefined,
    }
  })
}

export interface ProductJudgement {
  fits: boolean
  misfit?: Misfit
  relevance: number
  /** Wanted options the page offers but has not selected yet. */
  pendingOptions: WantedOption[]
}

export function judgeProduct(
  goal: ShoppingGoal,
  details: ProductDetails,
  controls: Controls,
): ProductJudgement {
  const relevance = coverage(goal.terms, details.title ?? details.description)
  const options = wantedOptions(goal, details)
  const pendingOptions = options.filter((o) => o.choice !== undefined && !o.choice.selected)
  const missingOption = options.some(
    (o) =>
      (o.offered && o.choice === undefined) ||
      (!o.offered && coverage(termsOf(o.value), details.description) < 1),
  )
  const attributes = attributeShare(goal.attributes, details.description)
  const misfit: Misfit | undefined =
    relevance < RELEVANT
      ? 'not_what_i_want'
      : missingOption
        ? 'missing_option'
        : attributes < 0.5
          ? 'missing_attribute'
          : // The price shown is the selected variant's: judge it once the wanted options are chosen.
            pendingOptions.length === 0 &&
              goal.priceLimit !== undefined &&
              details.price !== undefined &&
              details.price > goal.priceLimit
            ? 'too_expensive'
            : pendingOptions.length === 0 && controls.addToCart === undefined && controls.buyNow === undefined
              ? 'cannot_buy'
              : undefined
  return { fits: misfit === undefined, ...(misfit ? { misfit } : {}), relevance, pendingOptions }
}

import type { SeededRandom } from '../../../traces/seeded-random.js'
import type { ProductTypeSpec } from './departments/index.js'
import type { OptionSelection, ProductOption, Review } from './product.js'
import { REVIEW_WORDS, REVIEWER_NAMES, type ReviewWords } from './review-text.js'

const REVIEW_ID_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'
const DAY_MS = 86_400_000

export interface ReviewContext {
  type: ProductTypeSpec
  brand: string
  options: readonly ProductOption[]
  histogram: readonly number[]
  ratingsCount: number
  /** Reviews are dated between the release date and this day (ISO dates). */
  from: string
  until: string
}

/** A few written reviews, their stars drawn from the product's own histogram, newest first. */
export function makeReviews(random: SeededRandom, context: ReviewContext): Review[] {
  const count = Math.min(context.ratingsCount, random.int(3, 12))
  const from = Date.parse(context.from)
  const span = Math.max(1, Math.round((Date.parse(context.until) - from) / DAY_MS))
  const reviews: Review[] = []
  for (let i = 0; i < count; i++) {
    const stars = drawStars(random, context.histogram)
    const variant = drawVariant(random, context.options)
    const words = wordsFor(stars)
    const fill = filler(random, context, variant)
    const sentences = random.sample(words.sentences, random.int(2, 4)).map(fill)
    reviews.push({
      id: reviewId(random),
      author: random.pick(REVIEWER_NAMES),
      stars,
      title: random.pick(words.titles),
      body: sentences.join(' '),
      date: new Date(from + random.int(0, span) * DAY_MS).toISOString().slice(0, 10),
      helpful: Math.max(0, Math.floor(random.logNormal(3, 1.3)) - 1),
      verified: random.chance(0.85),
      variant,
    })
  }
  return reviews.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}

function reviewId(random: SeededRandom): string {
  let id = 'R'
  for (let i = 0; i < 13; i++) id += REVIEW_ID_CHARS[random.int(0, REVIEW_ID_CHARS.length - 1)]
  return id
}

function drawStars(random: SeededRandom, histogram: readonly number[]): Review['stars'] {
  let roll = random.next() * 100
  for (let star = 5; star >= 1; star--) {
    roll -= histogram[star - 1] ?? 0
    if (roll < 0) return star as Review['stars']
  }
  return 5
}

function drawVariant(random: SeededRandom, options: readonly ProductOption[]): OptionSelection {
  const variant: OptionSelection = {}
  for (const option of options) variant[option.dimension] = random.pick(option.values).label
  return variant
}

function wordsFor(stars: number): ReviewWords {
  if (stars === 5) return REVIEW_WORDS.great
  if (stars === 4) return REVIEW_WORDS.good
  if (stars === 3) return REVIEW_WORDS.mixed
  return REVIEW_WORDS.bad
}

function filler(random: SeededRandom, context: ReviewContext, variant: OptionSelection) {
  const feature = random.pick(context.type.features)[0].toLowerCase()
  const values: Record<string, string> = {
    noun: context.type.noun.toLowerCase(),
    brand: context.brand,
    feature,
    use: random.pick(context.type.uses).toLowerCase(),
    variant: (variant.color ?? variant.style ?? variant.size ?? 'standard').toLowerCase(),
  }
  return (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
}

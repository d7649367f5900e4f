import type { LikertKey, Persona } from '../../../traces/schema/persona.js'

/** How a persona shops, each tendency from 0 (strongly disagree) to 1 (strongly agree); 0.5 when unknown. */
export interface Traits {
  research: number
  quick: number
  brandLoyal: number
  valueSeeking: number
  quality: number
  delivery: number
  prime: boolean
  monthlySpendUsd: number | undefined
  /** Products to look at before choosing one. */
  comparisons: number
  /** Review controls to open on a product worth buying. */
  reviewsPerProduct: number
  /** Searches to try before giving up. */
  maxSearches: number
  /** Product pages to open before giving up. */
  maxProducts: number
}

function tendency(persona: Persona | undefined, key: LikertKey): number {
  const score = persona?.likert[key]?.score
  return score === undefined ? 0.5 : (score - 1) / 4
}

/** Reads the OPeRA survey answers that change how a person shops; no persona gives a middle-of-the-road shopper. */
export function traitsOf(persona: Persona | undefined): Traits {
  const research = tendency(persona, 'researchesBeforeBuying')
  const quick = tendency(persona, 'shopsQuickly')
  const hurried = quick >= 0.75
  const comparisons = hurried ? 1 : 1 + Math.round(research * 2)
  const reviewsPerProduct = Math.max(0, Math.round(research * 2) - (hurried ? 1 : 0))
  return {
    research,
    quick,
    brandLoyal: tendency(persona, 'brandLoyal'),
    valueSeeking: tendency(persona, 'seeksValue'),
    quality: tendency(persona, 'valuesQuality'),
    delivery: tendency(persona, 'prioritizesDelivery'),
    prime: persona?.shopping.prime ?? false,
    monthlySpendUsd: persona?.shopping.monthlySpendUsd,
    comparisons,
    reviewsPerProduct,
    maxSearches: research >= 0.5 && !hurried ? 3 : 2,
    maxProducts: comparisons + 3,
  }
}

/**
 * The most this person pays for one item when the task names no limit: a share of what they spend online in a
 * month, smaller for value seekers. Unknown spend means no personal ceiling.
 */
export function personalCeiling(traits: Traits): number | undefined {
  if (traits.monthlySpendUsd === undefined || traits.monthlySpendUsd <= 0) return undefined
  return Math.max(20, Math.round(traits.monthlySpendUsd * (0.9 - 0.4 * traits.valueSeeking)))
}

import { sameProduct, slugify } from '../text/terms.js'
import type { Situation } from './decision.js'

/** How often the shopper opened this product (by title slug) from a card. */
export function timesOpened(s: Situation, key: string): number {
  let times = 0
  for (const [opened, count] of s.memory.opened) if (sameProduct(opened, key)) times += count
  return times
}

export function timesOpenedTitle(s: Situation, title: string | undefined): number {
  return title === undefined ? 0 : timesOpened(s, slugify(title))
}

/** What the shopper concluded when it looked at this product: fits, does not, or never looked. */
export function verdictOn(s: Situation, key: string): boolean | undefined {
  for (const [seen, product] of s.past) if (sameProduct(seen, key)) return product.fits
  return undefined
}

/** A product looked at before that fits and that the shopper has not come back to yet. */
export function fittingToRevisit(s: Situation, exceptTitle: string | undefined): boolean {
  const except = exceptTitle === undefined ? '' : slugify(exceptTitle)
  return [...s.past.values()].some((p) => p.fits && !sameProduct(p.key, except) && timesOpened(s, p.key) < 2)
}

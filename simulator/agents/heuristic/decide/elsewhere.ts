import { productCards } from '../page/product-cards.js'
import { brandsOnPage, judgeCards } from '../product-fit.js'
import { click, hasSearched, headToCheckout, search, searchAgainOrGiveUp, terminate } from './common.js'
import type { Decision, Situation } from './decision.js'

/** Home: search for the goal; a shopper in a hurry takes a home-page card that already fits. */
export function decideOnHome(s: Situation): Decision[] {
  const decisions: Decision[] = []
  if (s.memory.addedToCart && !s.memory.orderPlaced) decisions.push(...headToCheckout(s))
  if (s.traits.quick >= 0.75 && s.memory.opened.size === 0) {
    const fits = judgeCards(
      productCards(s.view),
      s.goal,
      s.traits,
      s.memory,
      brandsOnPage(s.view),
      () => 0,
    ).filter((j) => j.fits && (s.goal.attributes.length === 0 || j.attributes >= 0.5))
    const first = fits[0]
    if (first)
      decisions.push(
        ...click(first.card.openName, {
          kind: 'open',
          title: first.card.title,
          ...(first.card.price === undefined ? {} : { price: first.card.price }),
          ...(first.card.rating === undefined ? {} : { rating: first.card.rating }),
          why: 'first_good',
        }),
      )
  }
  if (!hasSearched(s, s.goal.query)) decisions.push(...search(s, s.goal.query, 'start'))
  decisions.push(...searchAgainOrGiveUp(s))
  return decisions
}

/** After the order, or on a page with nothing to shop (a reviews page, an account page). */
export function decideElsewhere(s: Situation): Decision[] {
  if (s.memory.orderPlaced) return [terminate('done')]
  const decisions: Decision[] = []
  if (s.memory.addedToCart) decisions.push(...headToCheckout(s))
  if (!hasSearched(s, s.goal.query)) decisions.push(...search(s, s.goal.query, 'start'))
  else decisions.push(...search(s, s.memory.searches[s.memory.searches.length - 1], 'back_to_results'))
  decisions.push(...searchAgainOrGiveUp(s))
  return decisions
}

export function decideOnOrder(s: Situation): Decision[] {
  return s.memory.orderPlaced ? [terminate('done')] : decideElsewhere(s)
}

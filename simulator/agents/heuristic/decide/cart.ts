import { productCards } from '../page/product-cards.js'
import { RELEVANT } from '../product-fit.js'
import { coverage } from '../text/terms.js'
import { click, headToCheckout, search, searchAgainOrGiveUp, terminate } from './common.js'
import type { Decision, Situation } from './decision.js'

/**
 * The cart: check out when it holds what the goal asks for; a task whose item is not in it yet sends the
 * shopper searching; a replayed shopper without a task may look at an item again before checking out.
 */
export function decideOnCart(s: Situation): Decision[] {
  const items = productCards(s.view).filter((c) => c.section === 'active_item_list')
  const wanted = items.filter((c) => coverage(s.goal.terms, c.title) >= RELEVANT)
  const decisions: Decision[] = []
  if (items.length === 0 || (s.goal.source === 'intent' && wanted.length === 0))
    return [...search(s, s.goal.query, 'start'), ...searchAgainOrGiveUp(s)]
  const looked = s.memory.stepsHere.some(
    (step) => step.action.type === 'click' && step.action.name.endsWith('.product_detail'),
  )
  if (s.goal.source !== 'intent' && !looked && s.rng.chance(0.5 * s.traits.research * (1 - s.traits.quick))) {
    const item = wanted[0] ?? s.rng.pick(items)
    decisions.push(...click(item.openName, { kind: 'look_again', title: item.title }))
  }
  decisions.push(...click(s.controls.checkOut, { kind: 'check_out', items: items.length }))
  decisions.push(terminate('not_buying'))
  return decisions
}

/** "Added to cart": to the cart, or straight to checkout. */
export function decideOnConfirmation(s: Situation): Decision[] {
  return [...headToCheckout(s), terminate('not_buying')]
}

export function decideOnCheckout(s: Situation): Decision[] {
  return [...click(s.controls.placeOrder, { kind: 'place_order' }), terminate('not_buying')]
}

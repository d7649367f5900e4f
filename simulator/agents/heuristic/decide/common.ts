import { termsOf } from '../text/terms.js'
import type { Decision, Reason, Situation } from './decision.js'

export function terminate(why: Extract<Reason, { kind: 'terminate' }>['why']): Decision {
  return { action: { type: 'terminate' }, reason: { kind: 'terminate', why } }
}

export function click(name: string | undefined, reason: Reason): Decision[] {
  return name === undefined ? [] : [{ action: { type: 'click', name }, reason }]
}

type SearchWhy = Extract<Reason, { kind: 'search' }>['why']

export function search(
  s: Situation,
  query: string | undefined,
  why: SearchWhy,
  leaving?: Extract<Reason, { kind: 'search' }>['leaving'],
): Decision[] {
  const name = s.controls.searchInput
  if (name === undefined || query === undefined || query.trim() === '') return []
  return [
    {
      action: { type: 'input', name, text: query },
      reason: { kind: 'search', query, why, ...(leaving ? { leaving } : {}) },
    },
  ]
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** The goal's query, then with its attributes, then its last two words: each worded search once. */
export function queryVariants(s: Situation): string[] {
  const { goal } = s
  const variants = [goal.query]
  if (goal.attributes.length > 0) variants.push(`${goal.query} ${goal.attributes.join(' ')}`)
  const terms = termsOf(goal.query)
  if (terms.length > 2) variants.push(terms.slice(-2).join(' '))
  return variants.filter((v, i) => variants.findIndex((w) => same(v, w)) === i)
}

export function hasSearched(s: Situation, query: string): boolean {
  return s.memory.searches.some((q) => same(q, query))
}

/** The query that brings the shopper back to its results: what it last searched for this goal. */
export function resultsQuery(s: Situation): string {
  const variants = queryVariants(s)
  const last = [...s.memory.searches].reverse().find((q) => variants.some((v) => same(v, q)))
  return last ?? s.goal.query
}

/** Another wording when the searches so far found nothing; giving up when the persona's patience is spent. */
export function searchAgainOrGiveUp(s: Situation): Decision[] {
  const untried = queryVariants(s).find((q) => !hasSearched(s, q))
  if (s.memory.searches.length < s.traits.maxSearches && untried !== undefined)
    return [
      ...search(s, untried, s.memory.searches.length === 0 ? 'start' : 'retry'),
      terminate('nothing_fits'),
    ]
  return [terminate(s.memory.addedToCart ? 'not_buying' : 'nothing_fits')]
}

/** With the item in the cart: a hurried shopper checks out from the side sheet, others look at the cart first. */
export function headToCheckout(s: Situation): Decision[] {
  const { controls } = s
  const hurried = s.traits.quick >= 0.75 || s.stepsLeft <= 3
  const fast = [
    ...click(controls.sideCheckOut, { kind: 'check_out', items: 1 }),
    ...click(controls.checkOut, { kind: 'check_out', items: 1 }),
  ]
  const careful = [
    ...click(controls.goToCart, { kind: 'go_to_cart' }),
    ...click(controls.cartButton, { kind: 'go_to_cart' }),
  ]
  return hurried ? [...fast, ...careful] : [...careful, ...fast]
}

import type { PageView } from '../page/read-page.js'
import { brandsOnPage, type CardJudgement } from '../product-fit.js'
import type { Decision, Situation } from './decision.js'

/** Filters a shopper uses in a whole session: people refine a search once or twice, not endlessly. */
const MAX_FILTERS = 2

interface Refinement {
  name: string
  group: string
  label: string
}

function refinements(view: PageView): Refinement[] {
  return view.elements
    .filter((e) => e.name.startsWith('refinements.') && e.name.split('.').length === 3 && view.canAct(e.name))
    .map((e) => ({ name: e.name, group: e.name.split('.')[1] ?? '', label: e.text }))
}

/** "Up to $25" -> [0, 25]; "$25 to $50" -> [25, 50]; "$200 & above" -> [200, Infinity]. */
export function priceRange(label: string): [number, number] | undefined {
  const amounts = [...label.matchAll(/\$\s*(\d[\d,]*(?:\.\d+)?)/g)].map((m) =>
    Number((m[1] ?? '').replace(/,/g, '')),
  )
  const [first, second] = amounts
  if (first === undefined) return undefined
  if (second !== undefined) return [first, second]
  if (/up to|under|below|less/i.test(label)) return [0, first]
  if (/above|over|more|\+/i.test(label)) return [first, Number.POSITIVE_INFINITY]
  return undefined
}

/** The narrowest "from nothing up to X" range that still holds everything under the limit. */
function priceFilter(all: Refinement[], limit: number): Refinement | undefined {
  return all
    .filter((r) => /price/.test(r.group))
    .map((r) => ({ r, range: priceRange(r.label) }))
    .filter(({ range }) => range !== undefined && range[0] === 0 && range[1] >= limit)
    .sort((a, b) => (a.range?.[1] ?? 0) - (b.range?.[1] ?? 0))[0]?.r
}

/**
 * The refinements this persona would reach for before opening products: a price cap for value seekers, Prime
 * for Prime members in a hurry for delivery, a brand they already like, four stars for careful researchers.
 * Each tendency is a chance, not a rule, so two shoppers with one persona still differ.
 */
export function filterChoices(s: Situation, judged: readonly CardJudgement[]): Decision[] {
  const { traits, goal, memory, rng } = s
  if (memory.filtersSinceSearch.length > 0 || memory.filtersUsed.length >= MAX_FILTERS) return []
  const all = refinements(s.view).filter((r) => !memory.filtersUsed.includes(r.name))
  const choices: Decision[] = []
  const add = (r: Refinement | undefined, why: 'price' | 'prime' | 'brand' | 'rating', chance: number) => {
    if (r && rng.chance(chance))
      choices.push({
        action: { type: 'click', name: r.name },
        reason: { kind: 'filter', label: r.label, why },
      })
  }
  const brands = new Set(brandsOnPage(s.view))
  const liked = judged.find(
    (j) => j.fits && j.knownBrand !== undefined && brands.has(j.knownBrand),
  )?.knownBrand
  if (liked && traits.brandLoyal >= 0.75)
    add(
      all.find((r) => /^brands?$/.test(r.group) && r.name.endsWith(`.${liked}`)),
      'brand',
      traits.brandLoyal,
    )
  if (goal.priceLimit !== undefined && traits.valueSeeking >= 0.5)
    add(priceFilter(all, goal.priceLimit), 'price', traits.valueSeeking * 0.8)
  if (traits.prime && traits.delivery >= 0.75)
    add(
      all.find((r) => /prime/.test(r.name.split('.')[2] ?? '')),
      'prime',
      traits.delivery * 0.8,
    )
  if (traits.research >= 0.75 && traits.quality >= 0.75)
    add(
      all.find((r) => /review|rating/.test(r.group) && /^4_stars?/.test(r.name.split('.')[2] ?? '')),
      'rating',
      0.5,
    )
  return choices
}

import { metaField } from '../page/page-meta.js'
import { productCards } from '../page/product-cards.js'
import { brandsOnPage, type CardJudgement, judgeCards, RELEVANT } from '../product-fit.js'
import { coverage } from '../text/terms.js'
import { click, hasSearched, search, searchAgainOrGiveUp, terminate } from './common.js'
import type { Decision, Situation } from './decision.js'
import { timesOpened, verdictOn } from './past.js'
import { filterChoices } from './search-filters.js'

function open(j: CardJudgement, why: 'first_good' | 'best' | 'compare' | 'revisit'): Decision[] {
  const { card } = j
  return click(card.openName, {
    kind: 'open',
    title: card.title,
    ...(card.price === undefined ? {} : { price: card.price }),
    ...(card.rating === undefined ? {} : { rating: card.rating }),
    why,
    ...(j.knownBrand ? { brand: j.knownBrand } : {}),
  })
}

const byScore = (a: CardJudgement, b: CardJudgement) => b.score - a.score || a.card.position - b.card.position

/** The term the page was searched for, from page_meta or the search box. */
function pageQuery(s: Situation): string {
  const term = metaField(s.view.pageMeta, 'search_term', 'term')
  if (typeof term === 'string' && term !== '') return term
  return s.view.elements.find((e) => e.name.endsWith('search_input'))?.text ?? ''
}

/**
 * Search results: search for the goal if these results are for something else; refine with a filter; open
 * the first good-enough result (a quick shopper) or the best one for this persona; come back to the best of
 * those opened; turn the page, search again or give up when nothing fits.
 */
export function decideOnSearch(s: Situation): Decision[] {
  const { memory, traits, goal, rng } = s
  if (coverage(goal.terms, pageQuery(s)) < RELEVANT && !hasSearched(s, goal.query))
    return [...search(s, goal.query, 'start'), terminate('nothing_fits')]

  const all = productCards(s.view)
  const results = all.some((c) => c.section === 'search_results')
    ? all.filter((c) => c.section === 'search_results')
    : all
  const judged = judgeCards(results, goal, traits, memory, brandsOnPage(s.view), () => rng.next() * 2 - 1)
  const fitting = judged.filter((j) => j.fits)
  const unopened = fitting.filter((j) => timesOpened(s, j.card.key) === 0)
  // Opened ones are judged by what their page showed (options, bullets, price), not by their card.
  const openedHere = fitting.filter(
    (j) => timesOpened(s, j.card.key) > 0 && verdictOn(s, j.card.key) !== false,
  )
  const wantsMore = memory.opened.size < traits.comparisons && s.stepsLeft > 8

  const decisions: Decision[] = []
  if (openedHere.length === 0 && fitting.length > 0) decisions.push(...filterChoices(s, judged))
  if (unopened.length > 0 && (wantsMore || openedHere.length === 0)) {
    const hurried = traits.quick >= 0.75
    // In a hurry: the first result that shows what the task asks for (brand, features), in page order.
    const mostAttributes = Math.max(...unopened.map((j) => j.attributes))
    const pick = hurried
      ? unopened.find((j) => j.attributes === mostAttributes)
      : [...unopened].sort(byScore)[0]
    if (pick) {
      // OPeRA's result cards carry their own add-to-cart button; someone in a hurry uses it.
      if (hurried && pick.card.addToCartName && Object.keys(goal.options).length === 0)
        decisions.push(
          ...click(pick.card.addToCartName, {
            kind: 'buy',
            title: pick.card.title,
            ...(pick.card.price === undefined ? {} : { price: pick.card.price }),
            how: 'add_to_cart',
            compared: 0,
          }),
        )
      decisions.push(...open(pick, hurried ? 'first_good' : memory.opened.size === 0 ? 'best' : 'compare'))
    }
  }
  const best = [...openedHere].sort(byScore)[0]
  if (best && timesOpened(s, best.card.key) < 2) decisions.push(...open(best, 'revisit'))
  if (fitting.length === 0) {
    if (memory.filtersSinceSearch.length > 0) decisions.push(...search(s, goal.query, 'drop_filters'))
    const pages = traits.research >= 0.5 && traits.quick < 0.75 ? 2 : 1
    if (memory.pagesSinceSearch < pages) decisions.push(...click(s.controls.nextPage, { kind: 'next_page' }))
  }
  // Nothing left here to open: another wording, or stop.
  decisions.push(...searchAgainOrGiveUp(s))
  return decisions
}

import { classifyClick } from '../../../../traces/schema/click-type.js'
import { productCards } from '../page/product-cards.js'
import { type ProductDetails, productDetails } from '../page/product-details.js'
import { brandsOnPage, judgeCards, judgeProduct, type ProductJudgement } from '../product-fit.js'
import { parsePrice } from '../text/money.js'
import { click, headToCheckout, resultsQuery, search, searchAgainOrGiveUp, terminate } from './common.js'
import { type Decision, type Situation, STEPS_TO_FINISH } from './decision.js'
import { fittingToRevisit, timesOpenedTitle } from './past.js'

const last = (name: string) => name.slice(name.lastIndexOf('.') + 1)

function clickedHere(s: Situation, test: (name: string) => boolean): string[] {
  return s.memory.stepsHere.flatMap((step) =>
    step.action.type === 'click' && test(step.action.name) ? [step.action.name] : [],
  )
}

/** Leaving a product that is not right: a related card that fits, else back to the results, else stop. */
function leave(s: Situation, details: ProductDetails, judgement: ProductJudgement): Decision[] {
  const { memory, traits } = s
  const title = details.title ?? 'this one'
  const leaving = {
    title,
    ...(judgement.misfit ? { misfit: judgement.misfit } : {}),
    ...(details.price === undefined ? {} : { price: details.price }),
  }
  const related = judgeCards(
    productCards(s.view).filter((c) => c.section !== 'cart_side_bar'),
    s.goal,
    traits,
    memory,
    brandsOnPage(s.view),
    () => s.rng.next() * 2 - 1,
  ).filter((j) => j.fits && j.attributes >= 0.5 && timesOpenedTitle(s, j.card.title) === 0)
  const decisions: Decision[] = []
  if (memory.opened.size >= traits.maxProducts) {
    // Out of patience: back to the best one seen if there is one, else stop.
    if (memory.searches.length > 0 && fittingToRevisit(s, details.title))
      decisions.push(...search(s, resultsQuery(s), 'back_to_results', leaving))
    decisions.push(...(memory.addedToCart ? headToCheckout(s) : []), terminate('nothing_fits'))
    return decisions
  }
  const best = related.sort((a, b) => b.score - a.score)[0]
  // Curious shoppers sometimes follow "related products"; most go back to their search.
  if (best && s.rng.chance(0.25 + 0.25 * traits.research))
    decisions.push(
      ...click(best.card.openName, {
        kind: 'open',
        title: best.card.title,
        ...(best.card.price === undefined ? {} : { price: best.card.price }),
        why: 'related',
      }),
    )
  if (memory.searches.length > 0) decisions.push(...search(s, resultsQuery(s), 'back_to_results', leaving))
  decisions.push(...searchAgainOrGiveUp(s))
  return decisions
}

/** A choice to try when the task names none: the cheapest for value seekers, any other one otherwise. */
function curiousOption(s: Situation, details: ProductDetails): Decision[] {
  const group = s.rng.pick(details.options)
  const others = group.choices.filter((c) => !c.selected)
  if (others.length === 0) return []
  const priced = others.filter((c) => parsePrice(c.text) !== undefined)
  const choice =
    s.traits.valueSeeking >= 0.75 && priced.length > 0
      ? [...priced].sort((a, b) => (parsePrice(a.text) ?? 0) - (parsePrice(b.text) ?? 0))[0]
      : s.rng.pick(others)
  if (!choice) return []
  return click(choice.name, {
    kind: 'choose_option',
    dimension: group.dimension,
    label: choice.label,
    why: 'curious',
  })
}

/**
 * A product page: leave it when it is not what the goal asks for; once added, head to checkout; otherwise
 * choose the wanted options, read reviews as a researcher does, go back to compare, and buy.
 */
export function decideOnProduct(s: Situation): Decision[] {
  const { memory, traits, goal, controls } = s
  const details = productDetails(s.view)
  const judgement = judgeProduct(goal, details, controls)
  const addedHere = clickedHere(s, (n) => ['add_to_cart', 'buy_now'].includes(last(n))).length > 0
  if (!judgement.fits) return leave(s, details, judgement)
  if (addedHere) return headToCheckout(s)

  const decisions: Decision[] = []
  for (const option of judgement.pendingOptions)
    if (option.choice)
      decisions.push(
        ...click(option.choice.name, {
          kind: 'choose_option',
          dimension: option.dimension,
          label: option.choice.label,
          why: 'wanted',
        }),
      )
  if (decisions.length > 0) return decisions

  const unhurried = s.stepsLeft > STEPS_TO_FINISH
  const reviewsRead = clickedHere(s, (n) => classifyClick(n) === 'review')
  const reading =
    unhurried && reviewsRead.length < traits.reviewsPerProduct
      ? click(
          details.reviewTargets.find((n) => !reviewsRead.includes(n)),
          {
            kind: 'read_reviews',
            ...(details.title ? { title: details.title } : {}),
            ...(details.rating === undefined ? {} : { rating: details.rating }),
          },
        )
      : []
  const optionsTried = clickedHere(s, (n) => n.startsWith('product_options.')).length
  // Without a task's options, a browsing shopper sometimes tries another colour or size.
  const trying =
    unhurried &&
    goal.source !== 'intent' &&
    details.options.length > 0 &&
    optionsTried === 0 &&
    s.rng.chance(0.4 * (1 - traits.quick))
      ? curiousOption(s, details)
      : []
  decisions.push(...(s.rng.chance(0.5) ? [...trying, ...reading] : [...reading, ...trying]))
  const opened = timesOpenedTitle(s, details.title)
  if (unhurried && memory.opened.size < traits.comparisons && opened < 2 && memory.searches.length > 0)
    decisions.push(...search(s, resultsQuery(s), 'compare', { title: details.title ?? 'this one' }))

  const buy = (name: string | undefined, how: 'add_to_cart' | 'buy_now') =>
    click(name, {
      kind: 'buy',
      ...(details.title ? { title: details.title } : {}),
      ...(details.price === undefined ? {} : { price: details.price }),
      how,
      compared: memory.opened.size,
    })
  if (traits.quick >= 0.75) decisions.push(...buy(controls.buyNow, 'buy_now'))
  decisions.push(...buy(controls.addToCart, 'add_to_cart'), ...buy(controls.buyNow, 'buy_now'))
  decisions.push(...leave(s, details, judgement))
  return decisions
}

import type { Reason } from './decide/decision.js'
import type { ShoppingGoal } from './shopping-goal.js'
import { formatPrice } from './text/money.js'
import { shortTitle } from './text/terms.js'

type Wording<K extends Reason['kind']> = (reason: Extract<Reason, { kind: K }>, goal: ShoppingGoal) => string

/** "a water bottle under $25 in Blue", as the shopper would say what it wants. */
export function goalPhrase(goal: ShoppingGoal): string {
  const plural = /[^s]s$/i.test(goal.query)
  // "an apron", but "a USB cable" and "a unicorn": the sound decides, approximated by the first letters.
  const article = plural ? '' : /^[aeio]|^u(?!ni|s|ti)/i.test(goal.query) ? 'an ' : 'a '
  const options = Object.values(goal.options)
  const limit =
    goal.limitFrom === 'task' && goal.priceLimit !== undefined ? ` under ${formatPrice(goal.priceLimit)}` : ''
  return `${article}${goal.query}${options.length > 0 ? ` in ${options.join(', ')}` : ''}${limit}`
}

const titleCase = (slug: string) =>
  slug
    .split('_')
    .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
    .join(' ')

const priced = (price: number | undefined) => (price === undefined ? '' : ` at ${formatPrice(price)}`)

const MISFIT_WORDING = {
  not_what_i_want: (title: string) => `${title} is not what I'm looking for`,
  too_expensive: (title: string, price?: number) =>
    `${title} costs ${price === undefined ? 'more' : formatPrice(price)}, more than I want to pay`,
  missing_option: (title: string) => `${title} doesn't come in the option I need`,
  missing_attribute: (title: string) => `${title} doesn't have what I need`,
  cannot_buy: (title: string) => `I can't buy ${title} as it is`,
} as const

const SEARCH_WORDING: Wording<'search'> = (r, goal) => {
  const title = r.leaving ? shortTitle(r.leaving.title) : 'this one'
  const table = {
    start: () => `I'm looking for ${goalPhrase(goal)}, so I'll search for "${r.query}".`,
    retry: () => `Nothing I found is quite ${goalPhrase(goal)}; I'll try searching for "${r.query}" instead.`,
    back_to_results: () =>
      r.leaving?.misfit
        ? `${MISFIT_WORDING[r.leaving.misfit](title, r.leaving.price)}, so I'll go back to the results.`
        : `I'll go back to my search for "${r.query}".`,
    drop_filters: () =>
      `The filters left nothing that fits, so I'll search for "${r.query}" again without them.`,
    compare: () => `${title} looks promising, but I want to compare it with other options first.`,
  } satisfies Record<typeof r.why, () => string>
  return table[r.why]()
}

const FILTER_WORDING: Wording<'filter'> = (r, goal) => {
  const table = {
    price: () =>
      `I don't want to spend more than ${goal.priceLimit === undefined ? 'I have to' : formatPrice(goal.priceLimit)}, so I'll filter to ${r.label}.`,
    prime: () => "I have Prime and want it delivered fast, so I'll only show Prime items.",
    brand: () => `I've liked ${r.label} before, so I'll stick with that brand.`,
    rating: () => `I only trust well-reviewed products, so I'll filter to ${r.label}.`,
  } satisfies Record<typeof r.why, () => string>
  return table[r.why]()
}

const OPEN_WORDING: Wording<'open'> = (r, goal) => {
  const title = shortTitle(r.title)
  const known = [
    ...(r.price === undefined ? [] : [formatPrice(r.price)]),
    ...(r.rating === undefined ? [] : [`rated ${r.rating}`]),
  ]
  const facts = known.length > 0 ? `this one is ${known.join(' and ')}` : `${title} looks right`
  const brand = r.brand ? ` It's from ${titleCase(r.brand)}, a brand I already know.` : ''
  const table = {
    first_good: () => `I want ${goalPhrase(goal)}; ${facts}, which is good enough, so I'll open it.`,
    best: () => `I want ${goalPhrase(goal)}; ${facts}, the best match I see, so I'll open it.`,
    compare: () => `I want to compare before I buy, so I'll also open ${title}${priced(r.price)}.`,
    revisit: () => `I've compared a few, and ${title}${priced(r.price)} was the best, so I'll go back to it.`,
    related: () =>
      `${title}${priced(r.price)} in the related items looks like a better fit, so I'll open it.`,
  } satisfies Record<typeof r.why, () => string>
  return table[r.why]() + brand
}

const TERMINATE_WORDING: Wording<'terminate'> = (r, goal) => {
  const table = {
    done: () => "I've placed my order, so I'm done.",
    nothing_fits: () => `I couldn't find ${goalPhrase(goal)} that works for me, so I'll stop here.`,
    budget: () => "I've spent long enough on this, so I'll stop shopping for now.",
    stuck: () => "I keep going around in circles here, so I'll stop.",
    not_buying: () => "I'm not going to buy anything else right now.",
  } satisfies Record<typeof r.why, () => string>
  return table[r.why]()
}

const WORDING: { [K in Reason['kind']]: Wording<K> } = {
  search: SEARCH_WORDING,
  filter: FILTER_WORDING,
  open: OPEN_WORDING,
  next_page: () => "Nothing on this page fits, so I'll look at the next page.",
  read_reviews: (r) =>
    `Before deciding I want to read what other buyers say about ${r.title ? shortTitle(r.title) : 'it'}${r.rating === undefined ? '' : ` (rated ${r.rating})`}.`,
  choose_option: (r) =>
    r.why === 'wanted'
      ? `I need it in ${r.label}, so I'll select that ${r.dimension}.`
      : `I'll check the ${r.label} ${r.dimension} to see how it compares.`,
  buy: (r) => {
    const title = r.title ? shortTitle(r.title) : 'This one'
    const after = r.compared > 1 ? `After comparing ${r.compared} products, ` : ''
    const verb = r.how === 'buy_now' ? 'buy it now and be done' : 'add it to my cart'
    return `${after}${title}${priced(r.price)} has what I want, so I'll ${verb}.`
  },
  go_to_cart: () => "It's in my cart; I'll open the cart to check out.",
  check_out: (r) =>
    `My cart has what I came for${r.items > 1 ? ` (${r.items} items)` : ''}, so I'll proceed to checkout.`,
  place_order: () => "Everything looks right, so I'll place my order.",
  look_again: (r) => `I want another look at ${shortTitle(r.title)} before I check out.`,
  terminate: TERMINATE_WORDING,
}

/** A short first-person sentence saying why, from the reason the decider gave. */
export function rationaleFor(reason: Reason, goal: ShoppingGoal): string {
  const wording = WORDING[reason.kind] as Wording<typeof reason.kind>
  return wording(reason as never, goal)
}

import type { CoreAction } from '../../../traces/schema/action.js'
import { classifyClick } from '../../../traces/schema/click-type.js'
import type { Step } from '../../../traces/schema/step.js'
import { metaField, metaRecords } from './page/page-meta.js'
import { slugify } from './text/terms.js'

/** What the shopper remembers of its own session: read from the history, never stored between calls. */
export interface SessionMemory {
  /** Texts typed into a search box, oldest first. */
  searches: readonly string[]
  /** Product keys (title slugs) opened from a card, with how often. */
  opened: ReadonlyMap<string, number>
  /** Filters clicked since the last search, and in the whole session. */
  filtersSinceSearch: readonly string[]
  filtersUsed: readonly string[]
  /** Result pages turned since the last search. */
  pagesSinceSearch: number
  addedToCart: boolean
  wentToCheckout: boolean
  orderPlaced: boolean
  /** Slugs of every product title met in the session (for brand loyalty). */
  titlesSeen: readonly string[]
  /** Earlier steps on the page the shopper is on now (same URL path, any visit), oldest first. */
  stepsHere: readonly Step[]
  /** How often exactly this action was already taken on exactly this URL. */
  timesTaken(action: CoreAction, url: string | undefined): number
}

function actionKey(action: { type: string; name?: string; text?: string }): string {
  return `${action.type}|${action.name ?? ''}|${action.text ?? ''}`
}

function pathOf(url: string | undefined): string {
  if (url === undefined) return ''
  try {
    return new URL(url).pathname
  } catch {
    return ''
  }
}

const last = (name: string) => name.slice(name.lastIndexOf('.') + 1)

/** The product key of a card name (`search_results.<slug>.product_name` -> `<slug>`). */
function openedKey(name: string): string | undefined {
  const segments = name.split('.')
  if (segments.length < 3 || classifyClick(name) !== 'product_link') return undefined
  return segments[segments.length - 2]
}

function titlesOn(step: Step): string[] {
  const meta = step.observation.pageMeta ?? {}
  const title = metaField(meta, 'product_details', 'title')
  const lines = ['active_items', 'cart_items'].flatMap((key) => metaRecords(meta, key).map((r) => r.title))
  return [title, ...lines].filter((t): t is string => typeof t === 'string' && t !== '').map(slugify)
}

export function rememberSession(history: readonly Step[], currentUrl: string | undefined): SessionMemory {
  const searches: string[] = []
  const opened = new Map<string, number>()
  let filtersSinceSearch: string[] = []
  const filtersUsed: string[] = []
  let pagesSinceSearch = 0
  let addedToCart = false
  let wentToCheckout = false
  let orderPlaced = false
  const titlesSeen = new Set<string>()
  const taken = new Map<string, number>()

  for (const step of history) {
    const { action } = step
    for (const title of titlesOn(step)) titlesSeen.add(title)
    if (action.type === 'input' || action.type === 'click') {
      const key = `${actionKey(action)}|${step.observation.url ?? ''}`
      taken.set(key, (taken.get(key) ?? 0) + 1)
    }
    if (action.type === 'input' && classifyClick(action.name) === 'search') {
      searches.push(action.text)
      filtersSinceSearch = []
      pagesSinceSearch = 0
    }
    if (action.type !== 'click') continue
    const clickType = step.clickType ?? classifyClick(action.name)
    const control = last(action.name)
    const product = openedKey(action.name)
    if (product !== undefined) {
      opened.set(product, (opened.get(product) ?? 0) + 1)
      titlesSeen.add(product)
    }
    if (clickType === 'filter') {
      filtersSinceSearch.push(action.name)
      filtersUsed.push(action.name)
    }
    if (clickType === 'page_related' && action.name.startsWith('pagination.')) pagesSinceSearch++
    if (control === 'add_to_cart' || control === 'buy_now') addedToCart = true
    if (control === 'buy_now' || control === 'check_out' || control === 'proceed_to_checkout')
      wentToCheckout = true
    if (control === 'place_order' || control === 'place_your_order') orderPlaced = true
  }

  const herePath = pathOf(currentUrl)
  const stepsHere = history.filter((step) => pathOf(step.observation.url) === herePath)

  return {
    searches,
    opened,
    filtersSinceSearch,
    filtersUsed,
    pagesSinceSearch,
    addedToCart,
    wentToCheckout,
    orderPlaced,
    titlesSeen: [...titlesSeen],
    stepsHere,
    timesTaken: (action, url) => taken.get(`${actionKey(action)}|${url ?? ''}`) ?? 0,
  }
}

import type { Step } from '../../../traces/schema/step.js'
import { metaField, metaRecords } from './page/page-meta.js'
import { attributeShare, RELEVANT } from './product-fit.js'
import type { ShoppingGoal } from './shopping-goal.js'
import { parsePrice } from './text/money.js'
import { coverage, slugify } from './text/terms.js'

/** A product page met earlier in the session, judged against today's goal from its page_meta. */
export interface PastProduct {
  key: string
  title: string
  price: number | undefined
  fits: boolean
}

function offersWantedOptions(goal: ShoppingGoal, step: Step): boolean {
  const rows = metaRecords(step.observation.pageMeta ?? {}, 'product_options')
  return Object.entries(goal.options).every(([dimension, value]) => {
    const row = rows.find(
      (r) => typeof r.dimension === 'string' && slugify(r.dimension) === slugify(dimension),
    )
    // OPeRA records only the selected value; without the list of choices there is nothing to rule out.
    if (!row || !Array.isArray(row.options)) return true
    return row.options.some((o) => typeof o === 'string' && slugify(o) === slugify(value))
  })
}

/**
 * What the shopper concluded about each product it looked at, latest look first counts: the page_meta of a
 * product page (title, price, bullets, options) is enough, so this works without the old pages' HTML.
 */
export function pastProducts(history: readonly Step[], goal: ShoppingGoal): Map<string, PastProduct> {
  const seen = new Map<string, PastProduct>()
  for (const step of history) {
    const meta = step.observation.pageMeta ?? {}
    const title = metaField(meta, 'product_details', 'title')
    if (typeof title !== 'string' || title === '') continue
    const bullets = metaField(meta, 'product_details', 'bullet_list')
    const text = `${title} ${typeof bullets === 'string' ? bullets : ''}`
    const price =
      parsePrice(metaField(meta, 'product_details', 'price')) ??
      parsePrice(metaField(meta, 'buybox', 'price'))
    const fits =
      coverage(goal.terms, title) >= RELEVANT &&
      attributeShare(goal.attributes, text) >= 0.5 &&
      (goal.priceLimit === undefined || price === undefined || price <= goal.priceLimit) &&
      offersWantedOptions(goal, step)
    const key = slugify(title)
    seen.set(key, { key, title, price, fits })
  }
  return seen
}

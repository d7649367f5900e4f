import { z } from 'zod'

/** The 13 click types of OPeRA, in the dataset card's order. */
export const CLICK_TYPES = [
  'purchase',
  'search',
  'review',
  'filter',
  'quantity',
  'product_option',
  'cart_side_bar',
  'suggested_term',
  'nav_bar',
  'page_related',
  'cart_page_select',
  'product_link',
  'other',
] as const

export const ClickTypeSchema = z.enum(CLICK_TYPES)
export type ClickType = z.infer<typeof ClickTypeSchema>

/** Final segments of a purchase-intent control, wherever they sit. */
const PURCHASE_CONTROLS = new Set([
  'add_to_cart',
  'buy_now',
  'check_out',
  'checkout',
  'proceed_to_checkout',
  'proceed_to_check_out',
  'place_order',
  'place_your_order',
  'subscribe',
  'subscribe_and_save',
  'set_up_now',
])
const QUANTITY_CONTROLS = new Set([
  'decrease_quantity_by_one',
  'increase_quantity_by_one',
  'delete',
  'quantity_selector',
  'quantity',
])
const PRODUCT_LINK_CONTROLS = new Set([
  'product_name',
  'product_image',
  'product_title',
  'product_detail',
  'product_link',
])
const PAGE_CONTROLS = new Set([
  'carousel_next_slide',
  'carousel_prev_slide',
  'carousel_previous_slide',
  'next_page',
  'previous_page',
])
const REVIEW_CONTROLS = new Set(['product_rating', 'see_all_reviews', 'customer_reviews', 'ratings'])

/**
 * Derives the OPeRA click type from a semantic id. Ids embed product titles, so the rules only look at
 * the first segment (the page section) and the last one (the control), never at the middle.
 */
export function classifyClick(name: string): ClickType {
  const segments = name.split('.')
  const first = segments[0] ?? ''
  const second = segments[1] ?? ''
  const last = segments[segments.length - 1] ?? ''

  if (first === 'cart_side_bar') return 'cart_side_bar'
  if (first === 'nav_bar') {
    if (second === 'suggested_terms') return 'suggested_term'
    if (last === 'search_input' || last === 'search_button') return 'search'
    return 'nav_bar'
  }
  if (first === 'suggested_terms') return 'suggested_term'
  if (last === 'search_input' || last === 'search_button') return 'search'
  if (PURCHASE_CONTROLS.has(last)) return 'purchase'
  if (first === 'refinements' || first === 'refinements_toolbar' || first === 'filters') return 'filter'
  if (first === 'pagination' || PAGE_CONTROLS.has(last)) return 'page_related'
  if (first === 'product_options') return 'product_option'
  if (last === 'checkbox' || last === 'select_all' || last === 'deselect_all') return 'cart_page_select'
  // A quantity <select> expands into `X.quantity_selector.open_drop_down_list` and `X.quantity_selector.<n>`.
  if (QUANTITY_CONTROLS.has(last) || segments[segments.length - 2] === 'quantity_selector') return 'quantity'
  if (PRODUCT_LINK_CONTROLS.has(last)) return 'product_link'
  if (first === 'reviews' || first.endsWith('_reviews') || REVIEW_CONTROLS.has(last)) return 'review'
  if (first === 'search_results') return 'product_link'
  return 'other'
}

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../../tests/fixtures.js'
import type { ClickType } from '../../../traces/schema/click-type.js'
import { simplifyHtml } from '../../simplify/simplify-html.js'
import { AMAZON_RECIPES } from '../index.js'

/**
 * The click type OPeRA gives each kind of control (opera.md, the dataset card, the real gold steps).
 * Every clickable name on a real page must match one row, and classifyClick must agree with it.
 */
const OPERA_CLICK_TYPES: [RegExp, ClickType][] = [
  [/^nav_bar\.(search_input|search_button)$/, 'search'],
  [/^nav_bar\.suggested_terms\.[^.]+$/, 'suggested_term'],
  [/^nav_bar\.(homepage|cart_button|order_button)$/, 'nav_bar'],
  [/^refinements\.[^.]+\.[^.]+$/, 'filter'],
  [/^refinements_toolbar\.sort_by\.[^.]+$/, 'filter'],
  [/^search_results\.[^.]+\.(product_name|product_image)$/, 'product_link'],
  [/^search_results\.[^.]+\.product_rating$/, 'review'],
  [/^pagination\.[^.]+$/, 'page_related'],
  [/^product_options\.[^.]+\.button_list\.[^.]+$/, 'product_option'],
  [/^buybox\.one_time_purchase\.purchase_form\.(add_to_cart|buy_now)$/, 'purchase'],
  // The buybox quantity list and its options: OPeRA's `quantity` covers quantity controls.
  [/^buybox\.one_time_purchase\.purchase_form\.quantity_selector\.[^.]+$/, 'quantity'],
  [/^(product_rating|customer_reviews)$/, 'review'],
  [/^reviews\.(\d+\.(title|read_more)|see_all_reviews)$/, 'review'],
  [/^[^.]+\.[^.]+\.(product_title|product_image)$/, 'product_link'],
  [/^[^.]+\.carousel_(next|prev)_slide$/, 'page_related'],
  [/^cart_side_bar\./, 'cart_side_bar'],
]

describe.each([
  'search-portable-charger.html',
  'product-guitar-cable-options.html',
  'product-power-bank.html',
])('click types on %s', (file) => {
  const result = simplifyHtml(readFileSync(fixturePath('amazon', file), 'utf8'), AMAZON_RECIPES)

  it('gives every clickable name the click type OPeRA would', () => {
    const clickable = result.elements.filter((e) => e.clickType !== undefined)
    expect(clickable.length).toBeGreaterThan(50)
    const wrong = clickable.flatMap((element) => {
      const row = OPERA_CLICK_TYPES.find(([pattern]) => pattern.test(element.name))
      if (row === undefined) return [`${element.name}: no expectation`]
      return row[1] === element.clickType ? [] : [`${element.name}: ${element.clickType}, expected ${row[1]}`]
    })
    expect(wrong).toEqual([])
  })
})

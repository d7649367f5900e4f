import { describe, expect, it } from 'vitest'
import { goldFixture } from '../../tests/fixtures.js'
import { CLICK_TYPES, classifyClick } from './click-type.js'

describe('classifyClick', () => {
  it('returns the recorded click type of every real gold click', () => {
    const clicks = goldFixture().filter((line) => line.action_gt.type === 'click')
    expect(clicks.length).toBe(13)
    for (const { action_gt } of clicks) {
      expect(classifyClick(action_gt.name ?? ''), action_gt.name).toBe(action_gt.click_type)
    }
  })

  it.each([
    ['nav_bar.search_input', 'search'],
    ['nav_bar.search_button', 'search'],
    ['search_results.anker_portable_charger_10000mah.product_name', 'product_link'],
    ['search_results.anker_portable_charger_10000mah.product_image', 'product_link'],
    ['product_options.size.button_list.medium', 'product_option'],
    ['buybox.one_time_purchase.purchase_form.add_to_cart', 'purchase'],
    ['buybox.one_time_purchase.purchase_form.buy_now', 'purchase'],
    ['check_out', 'purchase'],
    ['reviews.popover.close', 'review'],
    ['pagination.2', 'page_related'],
    ['cart_side_bar.go_to_cart', 'cart_side_bar'],
    ['refinements_toolbar.drop_down_lists.length.19_in_above', 'filter'],
    ['refinements.brand.anker', 'filter'],
    ['nav_bar.suggested_terms.moving_boxes', 'suggested_term'],
    ['active_item_list.some_title.delete', 'quantity'],
    ['active_item_list.some_title.decrease_quantity_by_one', 'quantity'],
    ['active_item_list.some_title.increase_quantity_by_one', 'quantity'],
    ['active_item_list.some_title.checkbox', 'cart_page_select'],
    ['go_to_cart', 'other'],
    ['intent_tabs.deals', 'other'],
    ['nav_bar.cart_button', 'nav_bar'],
    ['nav_bar.homepage', 'nav_bar'],
    ['todays_deals.carousel_next_slide', 'page_related'],
    ['buybox.one_time_purchase.purchase_form.quantity_selector', 'quantity'],
    ['buybox.one_time_purchase.purchase_form.quantity_selector.open_drop_down_list', 'quantity'],
    ['buybox.one_time_purchase.purchase_form.quantity_selector.3', 'quantity'],
  ] as const)('%s -> %s', (name, expected) => {
    expect(classifyClick(name)).toBe(expected)
  })

  it('looks at the section and the control, never at a product title in between', () => {
    // A title slug that happens to contain control words must not change the type.
    expect(classifyClick('search_results.reviews_add_to_cart_pagination.product_name')).toBe('product_link')
    expect(classifyClick('active_item_list.delete.product_detail')).toBe('product_link')
  })

  it('always answers one of the 13 types', () => {
    for (const name of ['', '.', 'a.b.c', 'x'.repeat(400)]) expect(CLICK_TYPES).toContain(classifyClick(name))
  })
})

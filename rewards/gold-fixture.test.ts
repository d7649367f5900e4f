import { describe, expect, it } from 'vitest'
import { goldFixture } from '../tests/fixtures.js'
import { parseCompletion } from './parse/parse-completion.js'
import { parseGold } from './parse/parse-gold.js'
import { REWARDS } from './registry.js'

/*
 * The 15 real completions in gold-actions-with-model-outputs.jsonl, read by hand:
 *  0 click go_to_cart            vs gold click go_to_cart                — valid, type ok, EXACT
 *  1 click check_out             vs gold click active_item_list...product_detail — valid, type ok, wrong target
 *  2 click nav_bar.cart_button   vs gold click product_options...cashmere_vanilla — valid, type ok, wrong target
 *  3 click nav_bar.cart_button   vs gold click product_options...cedar_wood  — valid, type ok, wrong target
 *  4 click buybox...add_to_cart  vs gold click product_options...cedar_wood  — valid, type ok, wrong target
 *  5 click nav_bar.cart_button   vs gold click product_options...cedar_wood  — valid, type ok, wrong target
 *  6 empty                       vs gold click product_options...clean_linen — invalid
 *  7 click buybox...add_to_cart  vs gold click product_options...ocean_mist  — valid, type ok, wrong target
 *  8 empty                                                                   — invalid
 *  9 input nav_bar.search_input "noise cancelling headphones" vs gold input same field
 *    "Specialized Flashback Bicycle Tail Light"                              — valid, type ok, text differs
 * 10 empty                                                                   — invalid
 * 11 empty                                                                   — invalid
 * 12 click buybox.purchase_form.add_to_cart vs gold cart_side_bar.go_to_cart — valid, type ok, wrong target
 * 13 empty                                                                   — invalid
 * 14 empty                       vs gold terminate                           — invalid
 * So: 9 valid JSON, 9 with the right type, 1 exact match.
 */
describe('the 15 real completions against their gold', () => {
  const lines = goldFixture()
  const golds = lines.map((line) => parseGold(line.action_gt))

  it('parses every gold action', () => {
    expect(lines).toHaveLength(15)
    expect(golds.every((gold) => gold !== undefined)).toBe(true)
  })

  it('gives the counts a person gets by reading them', () => {
    const scores = lines.map((line, i) =>
      REWARDS['shop-r1'].score({
        completion: line.completion,
        gold: golds[i] as NonNullable<(typeof golds)[number]>,
      }),
    )
    const valid = lines.filter((line) => parseCompletion(line.completion, 'strict').ok).length
    const rightType = scores.filter((score) => score.components.type === 0.3).length
    const exact = scores.filter((score) => score.exactMatch).length
    expect({ valid, rightType, exact }).toEqual({ valid: 9, rightType: 9, exact: 1 })
    expect(scores.findIndex((score) => score.exactMatch)).toBe(0)
    // Line 0: 0.5 + 0.3 + 0.2 + 1000 × 1; line 9 has the right field but the text is far off.
    expect(scores[0]?.total).toBeCloseTo(1001, 9)
    expect(scores[9]?.total).toBeCloseTo(0.5 + 0.3 + 0.1 + 0.1 + 0.1, 12)
    const exactReward = lines.filter(
      (line, i) =>
        REWARDS.exact.score({
          completion: line.completion,
          gold: golds[i] as NonNullable<(typeof golds)[number]>,
        }).exactMatch,
    ).length
    expect(exactReward).toBe(1)
  })
})

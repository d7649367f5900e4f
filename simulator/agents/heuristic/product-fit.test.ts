import { describe, expect, it } from 'vitest'
import { controlsOf } from './page/controls.js'
import { productCards } from './page/product-cards.js'
import { optionLabel, productDetails } from './page/product-details.js'
import { readPage } from './page/read-page.js'
import { traitsOf } from './persona-traits.js'
import { judgeCards, judgeProduct } from './product-fit.js'
import { rememberSession } from './session-memory.js'
import type { ShoppingGoal } from './shopping-goal.js'
import { personaWith } from './test-contexts.js'
import { termsOf } from './text/terms.js'

function goal(query: string, more: Partial<ShoppingGoal> = {}): ShoppingGoal {
  return {
    source: 'intent',
    query,
    terms: termsOf(query),
    attributes: [],
    options: {},
    priceLimit: undefined,
    limitFrom: undefined,
    ...more,
  }
}

const card = (slug: string, title: string, price: string) =>
  `<div name="search_results.${slug}" class="search-result"><h2 name="search_results.${slug}.product_name">${title}</h2><span class="product-price">${price}</span><span class="product-rating">4.5 out of 5 stars</span></div>`

const results = readPage({
  url: 'https://www.amazon.com/s?k=water+bottle',
  html: `<div name="search_results">${card('hydraflow_water_bottle', 'Hydraflow Water Bottle, Insulated', '$18.00')}${card('steelo_water_bottle', 'Steelo Water Bottle', '$31.50')}${card('yoga_mat', 'Velocore Yoga Mat', '$12.00')}</div>`,
})

describe('judging products against the goal', () => {
  it('reads cards and keeps the ones that are what is wanted at an acceptable price', () => {
    const cards = productCards(results)
    expect(cards.map((c) => [c.key, c.price, c.rating])).toEqual([
      ['hydraflow_water_bottle', 18, 4.5],
      ['steelo_water_bottle', 31.5, 4.5],
      ['yoga_mat', 12, 4.5],
    ])
    const judged = judgeCards(
      cards,
      goal('water bottles', { priceLimit: 25 }),
      traitsOf(undefined),
      rememberSession([], undefined),
      [],
      () => 0,
    )
    expect(judged.map((j) => j.misfit ?? 'fits')).toEqual(['fits', 'too_expensive', 'not_what_i_want'])
  })

  it('prefers a brand met earlier in the session when the persona is brand-loyal', () => {
    const cards = productCards(results).slice(0, 2)
    const earlier = rememberSession(
      [
        {
          sessionId: 's',
          actionId: 'a',
          index: 0,
          action: { type: 'click', name: 'nav_bar.cart_button' },
          observation: { pageMeta: { product_details: [{ title: 'Steelo Lunch Box, Stainless' }] } },
          errors: [],
        },
      ],
      undefined,
    )
    const wanted = goal('water bottle')
    const loyal = judgeCards(
      cards,
      wanted,
      traitsOf(personaWith('l', { brandLoyal: 5 })),
      earlier,
      [],
      () => 0,
    )
    const fickle = judgeCards(
      cards,
      wanted,
      traitsOf(personaWith('f', { brandLoyal: 1 })),
      earlier,
      [],
      () => 0,
    )
    const best = (judged: typeof loyal) => [...judged].sort((a, b) => b.score - a.score)[0]?.card.key
    expect(loyal[1]?.knownBrand).toBe('steelo')
    expect(best(loyal)).toBe('steelo_water_bottle')
    expect(best(fickle)).toBe('hydraflow_water_bottle')
  })

  it('finds the wanted option on a product page, and judges the price once it is selected', () => {
    const page = (selected: 'black' | 'blue', price: string) =>
      readPage({
        html: `<h1 name="product_title">Hydraflow Water Bottle</h1><span name="buybox.price">${price}</span>
        <div name="product_options"><div name="product_options.color"><div name="product_options.color.button_list">
        <span name="product_options.color.button_list.black" aria-selected="${selected === 'black'}">Black</span>
        <span name="product_options.color.button_list.ocean_blue" aria-selected="${selected === 'blue'}">$24.00 $24.00 Ocean Blue</span>
        </div></div></div><input name="buybox.one_time_purchase.purchase_form.add_to_cart" type="submit">`,
      })
    const wanted = goal('water bottle', { options: { color: 'Ocean Blue' }, priceLimit: 20 })
    const before = page('black', '$18.00')
    const pending = judgeProduct(wanted, productDetails(before), controlsOf(before))
    expect(pending.fits).toBe(true)
    expect(pending.pendingOptions.map((o) => o.choice?.name)).toEqual([
      'product_options.color.button_list.ocean_blue',
    ])
    const after = page('blue', '$24.00')
    expect(judgeProduct(wanted, productDetails(after), controlsOf(after))).toMatchObject({
      fits: false,
      misfit: 'too_expensive',
    })
    const missing = goal('water bottle', { options: { color: 'Purple' } })
    expect(judgeProduct(missing, productDetails(before), controlsOf(before)).misfit).toBe('missing_option')
  })

  it('names an amazon option the way a person would', () => {
    expect(optionLabel('$4.99 with 38 percent savings $4.99 $7.99 $7.99 Clean Linen (New)')).toBe(
      'Clean Linen (New)',
    )
    expect(optionLabel('$3.99 $3.99 ($1.41 per Fl Oz) ($1.41$1.41 / Fl Oz) Ocean Mist & Sea Salt')).toBe(
      'Ocean Mist & Sea Salt',
    )
    expect(optionLabel('6 Quart')).toBe('6 Quart')
  })
})

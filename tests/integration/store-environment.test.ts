import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../environments/browser/pool.js'
import { type LiveEnvironment, type LiveObservation, openLiveEnvironment } from '../../environments/live.js'
import { type Store, startStore } from '../../environments/store/index.js'
import { CLICK_TYPES, type ClickType, classifyClick } from '../../traces/schema/click-type.js'

/**
 * The OPeRA vocabulary: every name starts with a section opera.md lists, or is a product carousel
 * (`<carousel>.<card>.{product_title, product_image}`, `<carousel>.carousel_next_slide`); every clickable
 * one classifies to one of the 13 click types.
 */
const OPERA_SECTIONS =
  /^(nav_bar|refinements|refinements_toolbar|search_results|pagination|product_options|buybox|reviews|about_this_item|product_title|product_rating|customer_reviews|active_item_list|saved_item_list|check_out|cart_side_bar|go_to_cart|checkout_items|place_order)(\.|$)/
const CAROUSEL =
  /^[a-z0-9_]+(\.(carousel_next_slide|carousel_prev_slide|see_more|[a-z0-9_]+(\.(product_title|product_image))?))?$/
const SEGMENT = /^[a-z0-9_]+$/

function names(seen: LiveObservation): string[] {
  return (seen.observation.elements ?? []).map((e) => e.name)
}

function expectOperaVocabulary(seen: LiveObservation): void {
  expect(seen.warnings.filter((w) => w.code !== 'duplicate_name')).toEqual([])
  for (const element of seen.observation.elements ?? []) {
    expect(OPERA_SECTIONS.test(element.name) || CAROUSEL.test(element.name), element.name).toBe(true)
    for (const segment of element.name.split('.')) expect(segment, element.name).toMatch(SEGMENT)
    if (element.clickType) {
      expect(CLICK_TYPES).toContain(element.clickType)
      expect(element.clickType).toBe(classifyClick(element.name))
    }
  }
  // The simplified page carries the same names as the element table.
  for (const name of names(seen)) expect(seen.observation.html).toContain(`name="${name}"`)
}

function find(seen: LiveObservation, pattern: RegExp, clickType?: ClickType): string {
  const match = names(seen).find((n) => pattern.test(n))
  if (!match) throw new Error(`no element matches ${pattern} on ${seen.observation.url}`)
  if (clickType) expect(classifyClick(match)).toBe(clickType)
  return match
}

let store: Store
let pool: BrowserPool
let live: LiveEnvironment

beforeAll(async () => {
  store = await startStore({ seed: 7 })
  pool = createBrowserPool()
  live = await openLiveEnvironment({ pool, allowlist: [store.url] })
})

afterAll(async () => {
  await live?.close()
  await pool?.close()
  await store?.close()
})

describe('the store through the live environment, in OPeRA names', () => {
  it('search -> filter -> product -> option -> add to cart -> cart -> checkout -> order', async () => {
    expect(await live.reset(store.url)).toMatchObject({ kind: 'ok' })
    let seen = await live.observe()
    expectOperaVocabulary(seen)
    expect(names(seen)).toEqual(
      expect.arrayContaining(['nav_bar.search_input', 'nav_bar.search_button', 'nav_bar.cart_button']),
    )

    expect(
      await live.act({ type: 'input', name: 'nav_bar.search_input', text: 'portable charger' }),
    ).toMatchObject({ kind: 'ok', navigated: true })
    seen = await live.observe()
    expectOperaVocabulary(seen)
    expect(seen.observation.pageMeta?.search_term).toBeDefined()
    find(seen, /^pagination\.2$/, 'page_related')
    const brand = find(seen, /^refinements\.brands\.[a-z0-9_]+$/, 'filter')

    expect(await live.act({ type: 'click', name: brand })).toMatchObject({ kind: 'ok', navigated: true })
    seen = await live.observe()
    expectOperaVocabulary(seen)
    const product = find(seen, /^search_results\.[a-z0-9_]+\.product_name$/, 'product_link')
    expect(
      names(seen).filter((n) => /^search_results\.[a-z0-9_]+\.product_name$/.test(n)).length,
    ).toBeGreaterThan(1)

    expect(await live.act({ type: 'click', name: product })).toMatchObject({ kind: 'ok', navigated: true })
    seen = await live.observe()
    expectOperaVocabulary(seen)
    expect(seen.recipe).toBe('amazon-product')
    find(seen, /^buybox\.one_time_purchase\.purchase_form\.buy_now$/, 'purchase')
    const options = names(seen).filter((n) => /^product_options\.[a-z_]+\.button_list\.[a-z0-9_]+$/.test(n))
    expect(options.length).toBeGreaterThan(1)
    const option = options[options.length - 1] as string

    expect(await live.act({ type: 'click', name: option })).toMatchObject({ kind: 'ok' })
    seen = await live.observe()
    expectOperaVocabulary(seen)
    expect(new URL(seen.observation.url ?? '').search).not.toBe('')

    expect(
      await live.act({ type: 'click', name: 'buybox.one_time_purchase.purchase_form.add_to_cart' }),
    ).toMatchObject({ kind: 'ok', navigated: true })
    seen = await live.observe()
    expectOperaVocabulary(seen)
    const goToCart = find(seen, /(^|\.)go_to_cart$/)

    expect(await live.act({ type: 'click', name: goToCart })).toMatchObject({ kind: 'ok', navigated: true })
    seen = await live.observe()
    expectOperaVocabulary(seen)
    expect(seen.recipe).toBe('amazon-cart')
    find(seen, /^active_item_list\.[a-z0-9_]+\.checkbox$/, 'cart_page_select')
    find(seen, /^active_item_list\.[a-z0-9_]+\.increase_quantity_by_one$/, 'quantity')
    find(seen, /^active_item_list\.[a-z0-9_]+\.delete$/, 'quantity')
    find(seen, /^check_out$/, 'purchase')

    expect(await live.act({ type: 'click', name: 'check_out' })).toMatchObject({
      kind: 'ok',
      navigated: true,
    })
    seen = await live.observe()
    expectOperaVocabulary(seen)
    expect(seen.recipe).toBe('amazon-checkout')
    find(seen, /^place_order$/, 'purchase')

    expect(await live.act({ type: 'click', name: 'place_order' })).toMatchObject({
      kind: 'ok',
      navigated: true,
    })
    const sessionCookie = (await live.page.context().cookies()).find((c) => c.name === 'shopsim-session')
    expect(sessionCookie).toBeDefined()
    // The live context reaches only its allowlist, and only from the browser: Node-side requests through
    // page.request go to the refusing proxy. The cookie names the session.
    const sessionId = store.sessionOfCookie(sessionCookie?.value ?? '') as string
    expect(sessionId).toMatch(/^[0-9a-f]{32}$/)
    const orders = store.orders(sessionId)
    expect(orders).toHaveLength(1)
    expect(orders[0]?.items).toHaveLength(1)
    const events = store.events.list({ sessionId }).map((e) => e.type)
    expect(events).toEqual(expect.arrayContaining(['add_to_cart', 'checkout', 'order_placed']))
  })
})

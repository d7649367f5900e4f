import { describe, expect, it } from 'vitest'
import { planNode, urlMatches } from './match-plan.js'
import { defineRecipe } from './recipe-schema.js'

const cart = defineRecipe({
  id: 'cart',
  description: 'cart',
  match: { paths: ['/gp/cart/view.html'], pathPrefixes: ['/cart', '/s'] },
  nodes: [{ selector: 'main' }],
})

describe('urlMatches', () => {
  it('matches exact paths and paths at or under a prefix, on http(s) only', () => {
    expect(urlMatches(cart, 'https://www.amazon.com/gp/cart/view.html?ref_=nav_cart')).toBe(true)
    expect(urlMatches(cart, 'https://www.amazon.com/cart')).toBe(true)
    expect(urlMatches(cart, 'https://www.amazon.com/cart/smart-wagon?newItems=1')).toBe(true)
    expect(urlMatches(cart, 'http://127.0.0.1:8080/s?k=tent')).toBe(true)
    expect(urlMatches(cart, 'https://www.amazon.com/cartoons')).toBe(false)
    expect(urlMatches(cart, 'https://www.amazon.com/sports')).toBe(false)
    expect(urlMatches(cart, 'file:///tmp/cart/page.html')).toBe(false)
    expect(urlMatches(cart, 'not a url')).toBe(false)
    expect(urlMatches(cart, undefined)).toBe(false)
  })
})

describe('planNode', () => {
  it('scopes selectors per backend, leaves global ones alone and lists name sources before meta fields', () => {
    const plan = planNode(
      {
        selector: 'li a',
        name: { kind: 'slug', from: [{ of: 'h2' }, { attribute: 'title' }] },
        meta: { asin: { attribute: 'data-asin' } },
        children: [{ selector: '#x', global: true }],
      },
      'dom',
    )
    expect(plan.selector).toBe(':scope li a')
    expect(plan.probes.map((probe) => [probe.of, probe.ofScoped, probe.attribute])).toEqual([
      ['h2', ':scope h2', null],
      [null, null, 'title'],
      [null, null, 'data-asin'],
    ])
    expect(plan.children[0]?.selector).toBe('#x')
    expect(plan.text).toBe(false)
  })
})

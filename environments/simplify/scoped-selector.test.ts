import { describe, expect, it } from 'vitest'
import { scopeSelector, splitSelectorList } from './scoped-selector.js'

describe('splitSelectorList', () => {
  it('splits on top-level commas only', () => {
    expect(splitSelectorList('a, b > c,d')).toEqual(['a', 'b > c', 'd'])
    expect(splitSelectorList(':is(a, b) span, li')).toEqual([':is(a, b) span', 'li'])
    expect(splitSelectorList('[aria-label="x, y"], [title=\'p,q\']')).toEqual([
      '[aria-label="x, y"]',
      "[title='p,q']",
    ])
    expect(splitSelectorList('a\\,b, c')).toEqual(['a\\,b', 'c'])
  })
})

describe('scopeSelector', () => {
  it('scopes every part for the DOM, where querySelectorAll would let outside ancestors match', () => {
    expect(scopeSelector('li a, h2', 'dom')).toBe(':scope li a, :scope h2')
    expect(scopeSelector('> li', 'dom')).toBe(':scope > li')
  })

  it('only prefixes leading combinators for cheerio, whose find is already relative', () => {
    expect(scopeSelector('li a, > h2', 'cheerio')).toBe('li a, :scope > h2')
  })
})

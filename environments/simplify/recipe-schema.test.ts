import { describe, expect, it } from 'vitest'
import { defineRecipe, RecipeSchema } from './recipe-schema.js'

const minimal = {
  id: 'tiny',
  description: 'a tiny recipe',
  match: { fallback: true },
  nodes: [{ selector: 'main', name: { kind: 'fixed', word: 'main' } }],
} as const

describe('defineRecipe', () => {
  it('accepts a valid recipe and returns it', () => {
    expect(defineRecipe({ ...minimal, nodes: [...minimal.nodes] })).toEqual(minimal)
  })

  it('rejects what would only fail on some page later', () => {
    const bad = [
      { ...minimal, id: 'Has Spaces' },
      { ...minimal, nodes: [] },
      { ...minimal, nodes: [{ selector: '' }] },
      { ...minimal, nodes: [{ selector: 'a', name: { kind: 'fixed', word: 'two words' } }] },
      { ...minimal, nodes: [{ selector: 'a', name: { kind: 'guess' } }] },
      { ...minimal, nodes: [{ selector: 'a', keep: ['onclick'] }] },
      { ...minimal, nodes: [{ selector: 'a', semanticClass: 'fancy' }] },
      { ...minimal, nodes: [{ selector: 'a', tag: 'Div' }] },
      { ...minimal, nodes: [{ selector: 'a', children: [{ selector: 'b', colour: 'red' }] }] },
      { ...minimal, match: { paths: ['s'] } },
      { ...minimal, pageMeta: [{ key: 'x', selector: 'a', fields: { y: { parse: 'date' } } }] },
    ]
    for (const recipe of bad)
      expect(RecipeSchema.safeParse(recipe).success, JSON.stringify(recipe)).toBe(false)
  })

  it('allows dotted fixed words, which add several segments at once', () => {
    const recipe = {
      ...minimal,
      nodes: [{ selector: 'form', name: { kind: 'fixed', word: 'one_time_purchase.purchase_form' } }],
    } as const
    expect(RecipeSchema.safeParse(recipe).success).toBe(true)
  })
})

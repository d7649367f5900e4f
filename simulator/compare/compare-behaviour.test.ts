import { describe, expect, it } from 'vitest'
import type { Action, ClickType } from '../../traces/schema/index.js'
import { ProfileBuilder, type ProfiledSession } from './behaviour-profile.js'
import { compareBehaviour } from './compare-behaviour.js'
import { operaPublishedProfile, UNPUBLISHED_CLICK_TYPES } from './opera-published.js'

const click = (name: string, clickType?: ClickType) => ({
  action: { type: 'click', name } as Action,
  ...(clickType && { clickType }),
})
const input = { action: { type: 'input', name: 'nav_bar.search_input', text: 'mug' } as Action }
const terminate = { action: { type: 'terminate' } as Action }

function profile(sessions: ProfiledSession[]) {
  const builder = new ProfileBuilder()
  for (const s of sessions) builder.add(s)
  return builder.result('run', '/runs/a')
}

const sessions: ProfiledSession[] = [
  {
    steps: [input, click('search_results.mug.product_name'), click('buybox.add_to_cart', 'purchase')],
    outcome: 'purchase',
  },
  {
    steps: [input, click('pagination.2'), click('reviews.see_all', 'review'), terminate],
    outcome: 'terminate',
  },
  { steps: [input], outcome: 'incomplete' },
]

describe('ProfileBuilder', () => {
  it('counts action types, click types (recorded, else classified), steps and purchases', () => {
    const p = profile(sessions)
    expect(p.sessions).toBe(2)
    expect(p.steps).toBe(7)
    expect(p.actionTypes).toEqual({ click: 4, input: 2, terminate: 1 })
    expect(p.clickTypes).toEqual({ product_link: 1, purchase: 1, page_related: 1, review: 1 })
    expect(p.stepsPerSession).toMatchObject({ mean: 3.5, median: 3.5, p90: 4, max: 4 })
    expect(p.stepsPerSession.histogram).toMatchObject({ '0-4': 2, '5-7': 0, '51+': 0 })
    expect(p.purchaseRate).toBe(0.5)
    expect(p.notes).toEqual(['1 session still incomplete (running or killed) left out'])
  })
})

describe('compareBehaviour', () => {
  it('gives 0 for a profile against itself, with shares on both sides', () => {
    const p = profile(sessions)
    const c = compareBehaviour(p, p)
    expect([c.actionTypes.distance, c.clickTypes.distance, c.stepsHistogram.distance]).toEqual([0, 0, 0])
    expect(c.actionTypes.categories).toEqual(['click', 'input', 'terminate'])
    expect(c.actionTypes.subject.click).toBeCloseTo(4 / 7, 12)
  })

  it('folds click types OPeRA publishes no share for into one category before the distance', () => {
    const c = compareBehaviour(profile(sessions), operaPublishedProfile())
    expect(c.clickTypes.categories).toEqual([
      'search',
      'review',
      'product_option',
      'product_link',
      'other',
      UNPUBLISHED_CLICK_TYPES,
    ])
    // purchase and page_related have no published share: 2 of the 4 clicks.
    expect(c.clickTypes.subject[UNPUBLISHED_CLICK_TYPES]).toBe(0.5)
    expect(c.clickTypes.reference.review).toBe(0.208)
    expect(c.clickTypes.distance).toBeGreaterThan(0)
    expect(c.stepsHistogram.distance).toBeNull()
    expect(c.stepsHistogram.note).toBe('the reference has none')
  })

  it('states the published figures and which of them are derived', () => {
    const opera = operaPublishedProfile()
    expect(opera.source).toMatch(/NEU-HAI\/OPeRA \(arXiv 2506\.05606\)/)
    expect(opera.actionTypes).toEqual({ click: 0.863, input: 0.102, terminate: 0.036 })
    expect(opera.stepsPerSession).toMatchObject({ median: 7, p90: 22, max: 241 })
    expect(opera.stepsPerSession.mean).toBeCloseTo(11.11, 2)
    expect(opera.purchaseRate).toBeCloseTo(0.6, 3)
    expect(Object.keys(opera.derived).sort()).toEqual(['mean steps', 'purchase rate'])
  })
})

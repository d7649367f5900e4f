import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Store, startStore } from '../../environments/store/index.js'
import { wantsRationale } from './rationale-prompt.js'
import { recordingOutcome } from './recording-outcome.js'

let store: Store

beforeAll(async () => {
  store = await startStore({ catalogSize: 50, seed: 2 })
})

afterAll(async () => {
  await store.close()
})

const addToCart = {
  action: { type: 'click', name: 'buybox.one_time_purchase.purchase_form.add_to_cart' },
} as const
const search = { action: { type: 'click', name: 'nav_bar.search_button' } } as const

describe('recordingOutcome', () => {
  it('is no purchase in the store without an order in its log, whatever the last click was', () => {
    const ended = recordingOutcome({
      reason: 'the window was closed',
      store,
      storeSession: 'f'.repeat(32),
      steps: [addToCart],
    })
    expect(ended).toEqual({ outcome: 'terminate', reason: 'the window was closed' })
  })

  it("follows OPeRA's last-click rule on other sites", () => {
    expect(recordingOutcome({ reason: 'closed', steps: [search, addToCart] }).outcome).toBe('purchase')
    expect(recordingOutcome({ reason: 'closed', steps: [addToCart, search] }).outcome).toBe('terminate')
  })

  it('is an error when recording itself failed', () => {
    const failure = { code: 'E_BROWSER_CRASHED', message: 'the recorded tab crashed' }
    expect(recordingOutcome({ reason: 'failed', failure, steps: [addToCart] })).toEqual({
      outcome: 'error',
      reason: 'E_BROWSER_CRASHED: the recorded tab crashed',
    })
  })
})

describe('wantsRationale', () => {
  it('asks at the same steps for the same seed, never at rate 0, always at rate 1, about rate of the time', () => {
    const draw = (seed: number, rate: number) =>
      Array.from({ length: 2000 }, (_, i) => wantsRationale(seed, i, rate))
    expect(draw(4, 0.2)).toEqual(draw(4, 0.2))
    expect(draw(4, 0.2)).not.toEqual(draw(5, 0.2))
    expect(draw(4, 0).some(Boolean)).toBe(false)
    expect(draw(4, 1).every(Boolean)).toBe(true)
    const share = draw(9, 0.2).filter(Boolean).length / 2000
    expect(share).toBeGreaterThan(0.15)
    expect(share).toBeLessThan(0.25)
  })
})

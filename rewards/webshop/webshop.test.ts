import { describe, expect, it } from 'vitest'
import { webshopReward } from './webshop.js'

const task = {
  productType: 'tail light',
  attributes: ['rechargeable', 'waterproof'],
  options: { color: 'Red' },
  priceUpperBound: 40,
}

describe('webshopReward', () => {
  it('is 1 and a success when everything matches', () => {
    const purchase = {
      productType: 'Tail Light',
      attributes: ['Waterproof', 'rechargeable'],
      options: { color: 'red' },
      price: 39.99,
    }
    expect(webshopReward(purchase, task)).toEqual({
      reward: 1,
      success: true,
      typeMatch: true,
      matchedAttributes: 2,
      matchedOptions: 1,
      priceOk: true,
    })
  })

  it('counts matched parts over n_attributes + n_options + 1', () => {
    // One attribute, no option, price over budget: 1 / 4.
    const purchase = {
      productType: 'tail light',
      attributes: ['waterproof'],
      options: { color: 'blue' },
      price: 50,
    }
    expect(webshopReward(purchase, task).reward).toBe(0.25)
  })

  it('is 0 when the product type differs', () => {
    const purchase = {
      productType: 'helmet',
      attributes: ['waterproof'],
      options: { color: 'red' },
      price: 10,
    }
    expect(webshopReward(purchase, task)).toMatchObject({ reward: 0, success: false, typeMatch: false })
  })
})

import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scoreWith } from '../index.js'
import { type RewardService, startRewardService } from './start-reward-service.js'

const GOLD = { type: 'click', name: 'buybox.add_to_cart', click_type: 'purchase' }
const COMPLETION = JSON.stringify({
  rationale: 'I want it.',
  action: { type: 'click', name: 'buybox.add_to_cart' },
})

let service: RewardService
beforeAll(async () => {
  service = await startRewardService({ maxBodyBytes: 64 * 1024 })
})
afterAll(() => service.close())

const post = (body: string, path = '/score') =>
  fetch(`${service.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })

describe('startRewardService', () => {
  it('answers /health', async () => {
    const res = await fetch(`${service.url}/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, defaultReward: 'shop-r1' })
  })

  it('scores a batch exactly as the in-process scorer does, gold as object or JSON string', async () => {
    const items = [
      { completion: COMPLETION, ground_truth: GOLD },
      { completion: COMPLETION, ground_truth: JSON.stringify(GOLD), reward: 'exact' },
      { completion: 'not json at all', ground_truth: GOLD, reward: 'customer-r1' },
    ]
    const res = await post(JSON.stringify({ items }))
    expect(res.status).toBe(200)
    const { scores } = (await res.json()) as { scores: unknown[] }
    const gold = { type: 'click' as const, name: GOLD.name, click_type: 'purchase' as const }
    expect(scores).toEqual([
      JSON.parse(JSON.stringify(scoreWith('shop-r1', { completion: COMPLETION, gold }))),
      JSON.parse(JSON.stringify(scoreWith('exact', { completion: COMPLETION, gold }))),
      JSON.parse(JSON.stringify(scoreWith('customer-r1', { completion: 'not json at all', gold }))),
    ])
  })

  it('answers an empty batch with no scores', async () => {
    const res = await post('{"items":[]}')
    expect(await res.json()).toEqual({ scores: [] })
  })

  it.each([
    ['garbage', '\u0000{{not json'],
    ['a JSON array', '[1,2,3]'],
    ['items of the wrong type', '{"items":"all of them"}'],
    ['a completion that is a number', `{"items":[{"completion":5,"ground_truth":${JSON.stringify(GOLD)}}]}`],
    ['a gold that is no action', '{"items":[{"completion":"x","ground_truth":{"type":"dance"}}]}'],
    ['a gold string that is not JSON', '{"items":[{"completion":"x","ground_truth":"{oops"}]}'],
    [
      'an unknown reward',
      `{"items":[{"completion":"x","ground_truth":${JSON.stringify(GOLD)},"reward":"nope"}]}`,
    ],
    [
      'a reward named like an Object method',
      `{"items":[{"completion":"x","ground_truth":${JSON.stringify(GOLD)},"reward":"toString"}]}`,
    ],
    ['an empty body', ''],
  ])('rejects %s with 400 and a reason', async (_what, body) => {
    const res = await post(body)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(5)
  })

  it('rejects a body over the limit with 413 and keeps serving', async () => {
    const huge = JSON.stringify({ items: [{ completion: 'x'.repeat(200_000), ground_truth: GOLD }] })
    const res = await post(huge)
    expect(res.status).toBe(413)
    expect((await fetch(`${service.url}/health`)).status).toBe(200)
  })

  it('rejects an oversized chunked body that declares no length', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${service.url}/score`, { method: 'POST' }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      for (let i = 0; i < 20; i++) req.write('x'.repeat(8 * 1024))
      req.end()
    })
    expect(status).toBe(413)
  })

  it('answers 404 for other paths and 405 for other methods', async () => {
    expect((await fetch(`${service.url}/nope`)).status).toBe(404)
    const wrongMethod = await fetch(`${service.url}/score`)
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('POST')
    expect((await post('{}', '/health')).status).toBe(405)
  })
})

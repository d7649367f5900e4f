import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseGold, scoreWith } from '../rewards/index.js'
import { type RewardService, startRewardService } from '../rewards/service/index.js'

const HERE = fileURLToPath(new URL('.', import.meta.url))
const DRIVER = fileURLToPath(new URL('./python-driver.py', import.meta.url))

const answer = (action: object) => JSON.stringify({ rationale: 'Because.', action })
const CASES = [
  {
    completion: answer({ type: 'click', name: 'buybox.add_to_cart' }),
    ground_truth: { type: 'click', name: 'buybox.add_to_cart', click_type: 'purchase' },
  },
  {
    completion: answer({ type: 'type_and_submit', name: 'nav_bar.search_input', text: 'red running shoes' }),
    // verl hands ground_truth through as stored: here a JSON string
    ground_truth: JSON.stringify({ type: 'input', name: 'nav_bar.search_input', text: 'running shoes red' }),
  },
  { completion: 'I would rather not say', ground_truth: { type: 'terminate' } },
]

function runPython(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [DRIVER, HERE], { env: { ...process.env, SHOPSIM_REWARD_URL: url } })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d))
    child.stderr.on('data', (d: Buffer) => (err += d))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`python3 exited ${code}: ${err}`)),
    )
    child.stdin.end(JSON.stringify(CASES))
  })
}

let service: RewardService
beforeAll(async () => {
  service = await startRewardService()
})
afterAll(() => service.close())

describe('integrations/shopsim_reward.py', () => {
  it('returns from verl compute_score and the TRL reward function what the TypeScript scorer computes', async () => {
    const { verl, trl } = JSON.parse(await runPython(service.url)) as {
      verl: Record<string, number>[]
      trl: number[]
    }
    const expected = CASES.map((c) => {
      const gold = parseGold(c.ground_truth)
      if (!gold) throw new Error('test gold does not parse')
      return scoreWith('shop-r1', { completion: c.completion, gold })
    })
    expect(trl).toHaveLength(CASES.length)
    for (const [i, score] of expected.entries()) {
      expect(trl[i]).toBeCloseTo(score.total, 12)
      expect(verl[i]?.score).toBeCloseTo(score.total, 12)
      for (const [name, value] of Object.entries(score.components))
        expect(verl[i]?.[name]).toBeCloseTo(value, 12)
      if (score.exactMatch !== undefined) expect(verl[i]?.exact_match).toBe(score.exactMatch ? 1 : 0)
    }
    // the cases differ, so a scorer that returned a constant would not pass
    expect(new Set(trl).size).toBeGreaterThan(1)
  })
})

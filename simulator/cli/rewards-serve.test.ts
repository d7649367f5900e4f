import { describe, expect, it } from 'vitest'
import { EXIT } from './io.js'
import { main } from './main.js'
import { spawnForegroundCli } from './spawn-cli.js'
import { captureIo } from './test-io.js'

describe('shopsim rewards serve', () => {
  it('refuses a bad --port or --reward with a usage error', async () => {
    for (const args of [
      ['--port', 'http'],
      ['--port', '70000'],
      ['--reward', 'nope'],
    ]) {
      const io = captureIo()
      expect(await main(['rewards', 'serve', ...args], io)).toBe(EXIT.usage)
      expect(io.err()).toMatch(/^shopsim rewards serve: --(port|reward) must be/)
    }
  })

  it('runs in the foreground, prints its URL, scores a batch and stops on SIGTERM', async () => {
    const cli = await spawnForegroundCli(
      ['rewards', 'serve', '--port', '0'],
      /^(http:\/\/127\.0\.0\.1:\d+\/score)$/m,
    )
    const url = cli.ready
    const res = await fetch(url, {
      method: 'POST',
      body: JSON.stringify({ items: [{ completion: '{}', ground_truth: { type: 'terminate' } }] }),
    })
    expect(res.status).toBe(200)
    const { scores } = (await res.json()) as { scores: { reward: string }[] }
    expect(scores.map((s) => s.reward)).toEqual(['shop-r1'])
    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
    expect(cli.stdout()).toContain('shopsim rewards serve: stopped (SIGTERM)')
    expect(cli.stderr()).toBe('')
  })
})

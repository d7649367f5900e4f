import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { EXIT } from './io.js'
import { main } from './main.js'
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
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join('simulator', 'cli', 'run.ts'), 'rewards', 'serve', '--port', '0'],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /^(http:\/\/127\.0\.0\.1:\d+\/score)$/m.exec(out)
        if (match?.[1]) resolve(match[1])
      })
      child.on('exit', () => reject(new Error(`service exited early: ${out}${err}`)))
    })
    const res = await fetch(url, {
      method: 'POST',
      body: JSON.stringify({ items: [{ completion: '{}', ground_truth: { type: 'terminate' } }] }),
    })
    expect(res.status).toBe(200)
    const { scores } = (await res.json()) as { scores: { reward: string }[] }
    expect(scores.map((s) => s.reward)).toEqual(['shop-r1'])
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(out).toContain('shopsim rewards serve: stopped (SIGTERM)')
    expect(err).toBe('')
  })
})

import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

describe('shopsim store', () => {
  it('refuses a bad --port, --seed or --catalog-size with a usage error', async () => {
    for (const args of [['--port', 'http'], ['--port', '70000'], ['--seed=-3'], ['--catalog-size', '0']]) {
      const io = captureIo()
      expect(await main(['store', ...args], io)).toBe(EXIT.usage)
      expect(io.err()).toMatch(/^shopsim store: --[a-z-]+ must be a whole number from/)
    }
  })

  it('runs in the foreground as a process, prints its URL, serves pages and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join('simulator', 'cli', 'run.ts'),
        'store',
        '--port',
        '0',
        '--catalog-size',
        '300',
        '--seed',
        '5',
      ],
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
        const match = /^(http:\/\/127\.0\.0\.1:\d+)\/$/m.exec(out)
        if (match?.[1]) resolve(match[1])
      })
      child.on('exit', () => reject(new Error(`store exited early: ${out}${err}`)))
    })
    expect(out).toMatch(/300 products in 16 departments \(seed 5, built in \d+ ms\)/)
    const page = await fetch(`${url}/s?k=charger`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('data-component-type="s-search-result"')
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(out).toContain('shopsim store: stopped (SIGTERM)')
    expect(err).toBe('')
  })
})

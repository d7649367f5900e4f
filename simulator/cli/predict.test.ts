import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { firstNameAnswer, type ScriptedServer, startScriptedServer } from '../agents/scripted-server/index.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

const MINI = join(PROJECT_ROOT, 'data', 'opera-mini')
const out = () => join(mkdtempSync(join(tmpdir(), 'shopsim-predict-cli-')), 'run')

let server: ScriptedServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** Every file under dir, read as text. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n')
}

describe('shopsim predict', () => {
  it('runs the oracle on opera-mini and prints the metrics table', async () => {
    const io = captureIo()
    const dir = out()
    expect(await main(['predict', MINI, '--policy', 'oracle', '--out', dir], io)).toBe(EXIT.ok)
    expect(io.out()).toMatch(/^15 steps predicted now, 0 already in the run/)
    expect(io.out()).toMatch(/exact match +1\.000/)
    expect(io.out()).toContain('reward shop-r1')
    // Progress is for terminals: stderr is not one here, so it stays quiet.
    expect(io.err()).toBe('')

    const again = captureIo()
    expect(await main(['predict', MINI, '--policy', 'oracle', '--out', dir, '--json'], again)).toBe(EXIT.ok)
    const json = JSON.parse(again.out()) as { predicted: number; alreadyPredicted: number }
    expect(json).toMatchObject({ predicted: 0, alreadyPredicted: 15 })
  })

  it('asks an OpenAI-compatible endpoint named by the environment, and keeps the key out of the run', async () => {
    server = await startScriptedServer({ answer: firstNameAnswer() })
    const key = 'sk-test-secret-0123456789'
    const io = captureIo({ SHOPSIM_BASE_URL: server.url, SHOPSIM_API_KEY: key })
    const dir = out()
    const code = await main(
      [
        'predict',
        MINI,
        '--policy',
        'openai',
        '--model',
        'scripted',
        '--concurrency',
        '4',
        '--out',
        dir,
        '--limit',
        '1',
      ],
      io,
    )
    expect(code).toBe(EXIT.ok)
    expect(io.out()).toMatch(/^\d+ steps predicted now/)
    expect(server.stats.completions).toBeGreaterThan(0)
    const run = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as {
      options: Record<string, unknown>
    }
    expect(run.options).toMatchObject({ policy: 'openai', model: 'scripted' })
    expect(allText(dir)).not.toContain(key)
    expect(io.out() + io.err()).not.toContain(key)
  })

  it('refuses bad flags with a usage error', async () => {
    const cases = [
      ['predict', MINI, '--out', out()],
      ['predict', MINI, '--policy', 'magic', '--out', out()],
      ['predict', MINI, '--policy', 'oracle'],
      ['predict', MINI, '--policy', 'oracle', '--persona', 'everyone', '--out', out()],
      ['predict', MINI, '--policy', 'oracle', '--concurrency', '0', '--out', out()],
    ]
    for (const argv of cases) {
      const io = captureIo()
      expect(await main(argv, io), argv.join(' ')).toBe(EXIT.usage)
      expect(io.err()).not.toBe('')
    }
  })

  it('names the missing model with a code and a hint', async () => {
    const io = captureIo()
    expect(await main(['predict', MINI, '--policy', 'openai', '--out', out()], io)).toBe(EXIT.failure)
    expect(io.err()).toContain('E_MODEL_CONFIG')
    expect(io.err()).toContain('hint:')
  })
})

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../tests/fixtures.js'
import { CONFIG_FILE, configJsonSchema } from './config-file.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { captureIo } from './test-io.js'

const MINI = join(PROJECT_ROOT, 'data', 'opera-mini')

function withConfig(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'shopsim-config-'))
  writeFileSync(join(dir, CONFIG_FILE), typeof config === 'string' ? config : JSON.stringify(config))
  return dir
}

describe('shopsim.config.json', () => {
  it('is published as a JSON schema that matches the zod schema (npm run build:config-schema)', () => {
    const published = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'schema', 'shopsim.config.schema.json'), 'utf8'),
    )
    expect(published).toEqual(configJsonSchema())
  })

  it('gives defaults to flags the command line leaves out; the command line wins', async () => {
    const cwd = withConfig({
      defaults: { policy: 'random', seed: 3 },
      commands: { predict: { policy: 'oracle' } },
    })
    const io = { ...captureIo(), cwd }
    expect(await main(['predict', MINI, '--out', join(cwd, 'run'), '--json'], io)).toBe(EXIT.ok)
    const run = JSON.parse(readFileSync(join(cwd, 'run', 'run.json'), 'utf8'))
    expect(run.options).toMatchObject({ policy: 'oracle', seed: 3 })

    const again = { ...captureIo(), cwd }
    expect(
      await main(['predict', MINI, '--policy', 'random', '--out', join(cwd, 'run2'), '--json'], again),
    ).toBe(EXIT.ok)
    expect(JSON.parse(readFileSync(join(cwd, 'run2', 'run.json'), 'utf8')).options.policy).toBe('random')
  })

  it('refuses an invalid file with E_CONFIG and a hint, and never takes an API key', async () => {
    for (const config of [
      '{not json',
      { defaults: { concurrency: 0 } },
      { defaults: { 'api-key': 'sk-x' } },
    ]) {
      const cwd = withConfig(config)
      const io = { ...captureIo(), cwd }
      expect(await main(['predict', MINI, '--policy', 'oracle', '--out', join(cwd, 'run')], io)).toBe(
        EXIT.failure,
      )
      expect(io.err()).toContain('E_CONFIG')
    }
  })
})

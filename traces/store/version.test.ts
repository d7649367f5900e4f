import { describe, expect, it } from 'vitest'
import { isShopsimError } from '../errors.js'
import { StepSchema } from '../schema/index.js'
import { migrations } from './migrations.js'
import { STORE_VERSION, upgradeRecord } from './version.js'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
    return undefined
  } catch (error) {
    return isShopsimError(error) ? error.code : 'not a ShopsimError'
  }
}

describe('upgradeRecord', () => {
  it('applies migrations in order and sets each version', () => {
    const registry = {
      0: (old: Record<string, unknown>) => ({ ...old, trail: ['0to1'] }),
      1: (old: Record<string, unknown>) => ({
        ...old,
        trail: [...(old.trail as string[]), `1to2@v${old.version}`],
      }),
    }
    expect(upgradeRecord({ a: 1 }, registry, 'x', 2)).toEqual({
      a: 1,
      version: 2,
      trail: ['0to1', '1to2@v1'],
    })
    expect(upgradeRecord({ a: 1, version: 2 }, registry, 'x', 2)).toEqual({ a: 1, version: 2 })
  })

  it('refuses a newer version with E_RUN_VERSION', () => {
    expect(codeOf(() => upgradeRecord({ version: STORE_VERSION + 1 }, migrations.step, 'x'))).toBe(
      'E_RUN_VERSION',
    )
  })

  it('refuses a gap in the registry and malformed versions', () => {
    expect(codeOf(() => upgradeRecord({}, { 1: (o) => o }, 'x', 2))).toBe('E_RUN_VERSION')
    for (const version of [-1, 1.5, '1', null]) {
      expect(codeOf(() => upgradeRecord({ version }, migrations.step, 'x'))).toBe('E_RUN_DIR')
    }
    expect(codeOf(() => upgradeRecord([1], migrations.step, 'x'))).toBe('E_RUN_DIR')
  })

  it('has a migration from every older version for every record kind', () => {
    for (const registry of Object.values(migrations)) {
      for (let version = 0; version < STORE_VERSION; version++)
        expect(registry[version]).toBeTypeOf('function')
    }
  })
})

describe('version 0 steps', () => {
  const v0 = {
    sessionId: 's',
    actionId: 'a',
    index: 3,
    action: { type: 'click', name: 'buy_now' },
    observation: { url: 'http://x/', html: '<p>inline</p>', screenshot: 'sessions/s/shots/000003.png' },
    error: 'element not found',
  }

  it('upgrade to a valid current step', () => {
    const step = StepSchema.parse(upgradeRecord(v0, migrations.step, 'x'))
    expect(step.observation).toEqual({
      url: 'http://x/',
      html: '<p>inline</p>',
      screenshot: { file: 'sessions/s/shots/000003.png' },
    })
    expect(step.errors).toEqual([{ code: 'E_V0_ERROR', message: 'element not found' }])
  })

  it('get an empty errors array when they had no error', () => {
    const { error: _error, ...clean } = v0
    expect(upgradeRecord(clean, migrations.step, 'x').errors).toEqual([])
  })
})

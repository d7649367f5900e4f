import { describe, expect, it } from 'vitest'
import { ShopsimError } from '../../traces/errors.js'
import { type EnsureCommandIo, runEnsureCommand } from './ensure-command.js'
import type { InstallDeps } from './install-chromium.js'

function io(env: Record<string, string>, find: InstallDeps['find']) {
  const stdout: string[] = []
  const stderr: string[] = []
  let built = 0
  const value: EnsureCommandIo = {
    env,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    deps: (log) => {
      built++
      return {
        find,
        exec: async () => ({ kind: 'exit', code: 1, output: '' }),
        root: false,
        osRelease: { ID: 'debian' },
        hasCommand: () => true,
        playwrightInstall: { command: 'pw', args: [] },
        log,
      }
    },
  }
  return { value, stdout, stderr, built: () => built }
}

const nothing = () => undefined

describe('runEnsureCommand', () => {
  it('skips everything when SHOPSIM_SKIP_BROWSER_INSTALL=1', async () => {
    const run = io({ SHOPSIM_SKIP_BROWSER_INSTALL: '1' }, nothing)
    expect(await runEnsureCommand(run.value)).toBe(0)
    expect(run.built()).toBe(0)
    expect(run.stdout).toEqual(['shopsim: SHOPSIM_SKIP_BROWSER_INSTALL=1, skipping the Chromium check'])
  })

  it('prints one line naming the Chromium it found', async () => {
    const run = io({}, () => ({ path: '/usr/bin/chromium', source: 'system' }))
    expect(await runEnsureCommand(run.value)).toBe(0)
    expect(run.stdout).toEqual(['shopsim: using Chromium (system) at /usr/bin/chromium'])
    expect(run.stderr).toEqual([])
  })

  it('warns but exits 0 when no Chromium can be found or installed', async () => {
    const run = io({}, nothing)
    expect(await runEnsureCommand(run.value)).toBe(0)
    const err = run.stderr.join('\n')
    expect(err).toContain('shopsim: WARNING: no Chromium executable found.')
    expect(err).toContain('sudo apt-get install -y chromium')
    expect(err).toContain('installation continues')
    expect(run.stdout).toEqual([])
  })

  it('exits 1 when SHOPSIM_REQUIRE_CHROMIUM=1 and none is found', async () => {
    const run = io({ SHOPSIM_REQUIRE_CHROMIUM: '1' }, nothing)
    expect(await runEnsureCommand(run.value)).toBe(1)
    expect(run.stderr.join('\n')).toContain('shopsim: ERROR: no Chromium executable found.')
    expect(run.stderr.join('\n')).not.toContain('installation continues')
  })

  it('reports a broken SHOPSIM_CHROMIUM with its hint instead of installing another browser', async () => {
    const broken = () => {
      throw new ShopsimError('E_BROWSER_NOT_FOUND', 'SHOPSIM_CHROMIUM is set to /x', 'Fix SHOPSIM_CHROMIUM.')
    }
    const run = io({}, broken)
    expect(await runEnsureCommand(run.value)).toBe(0)
    expect(run.stderr.join('\n')).toContain('WARNING: SHOPSIM_CHROMIUM is set to /x\nFix SHOPSIM_CHROMIUM.')
    const required = io({ SHOPSIM_REQUIRE_CHROMIUM: '1' }, broken)
    expect(await runEnsureCommand(required.value)).toBe(1)
  })

  it('turns an unexpected crash into a warning', async () => {
    const run = io({}, () => {
      throw new TypeError('boom')
    })
    expect(await runEnsureCommand(run.value)).toBe(0)
    expect(run.stderr.join('\n')).toContain('failed unexpectedly: boom')
  })
})

import { describe, expect, it } from 'vitest'
import type { Exec, ExecResult } from './exec.js'
import type { FoundChromium } from './find-chromium.js'
import { ensureChromium, INSTALL_TIMEOUTS_MS, type InstallDeps } from './install-chromium.js'
import { parseOsRelease } from './os-release.js'

const DEBIAN = parseOsRelease('ID=debian\n')
const UBUNTU = parseOsRelease('ID=ubuntu\nID_LIKE=debian\n')
const FEDORA = parseOsRelease('ID=fedora\n')

interface Call {
  line: string
  timeoutMs: number
  env: Record<string, string> | undefined
}

/**
 * A fake machine: exec records each command line and answers from `results` (default: fail);
 * the command named in `installs` makes Chromium appear once it succeeds.
 */
function fakeHost(setup: {
  present?: boolean
  installs?: string
  results?: Record<string, ExecResult>
  root?: boolean
  osRelease?: Record<string, string>
  aptGet?: boolean
}) {
  const calls: Call[] = []
  const log: string[] = []
  let installed: FoundChromium | undefined = setup.present
    ? { path: '/usr/bin/chromium', source: 'system' }
    : undefined
  const exec: Exec = async (command, args, options) => {
    const line = [command, ...args].join(' ')
    calls.push({ line, timeoutMs: options.timeoutMs, env: options.env })
    const result = setup.results?.[line] ?? {
      kind: 'exit',
      code: 1,
      output: `${line}: failed\n    at frame (x.js:1)`,
    }
    if (result.kind === 'ok' && line === setup.installs) {
      installed = line.startsWith('pw')
        ? { path: '/pw/chrome', source: 'playwright' }
        : { path: '/usr/bin/chromium', source: 'system' }
    }
    return result
  }
  const deps: InstallDeps = {
    find: () => installed,
    exec,
    root: setup.root ?? true,
    osRelease: setup.osRelease,
    hasCommand: (name) => name === 'apt-get' && (setup.aptGet ?? true),
    playwrightInstall: { command: 'pw', args: ['install', 'chromium'] },
    log: (line) => log.push(line),
  }
  return { deps, calls, lines: () => calls.map((call) => call.line), log }
}

const OK: ExecResult = { kind: 'ok' }

describe('ensureChromium', () => {
  it('does nothing when a Chromium is already there', async () => {
    const host = fakeHost({ present: true, osRelease: DEBIAN })
    expect(await ensureChromium(host.deps)).toEqual({
      kind: 'found',
      chromium: { path: '/usr/bin/chromium', source: 'system' },
      installedBy: 'nothing',
    })
    expect(host.calls).toEqual([])
    expect(host.log).toEqual([])
  })

  it("stops after Playwright's installer when it works", async () => {
    const host = fakeHost({
      installs: 'pw install chromium',
      results: { 'pw install chromium': OK },
      osRelease: DEBIAN,
    })
    const result = await ensureChromium(host.deps)
    expect(result).toMatchObject({
      kind: 'found',
      installedBy: 'playwright',
      chromium: { source: 'playwright' },
    })
    expect(host.lines()).toEqual(['pw install chromium'])
    expect(host.calls[0]?.timeoutMs).toBe(INSTALL_TIMEOUTS_MS.playwright)
  })

  it('falls back to apt-get on Debian as root: update, then install chromium, non-interactively', async () => {
    const host = fakeHost({
      installs: 'apt-get install -y chromium',
      results: { 'apt-get update': OK, 'apt-get install -y chromium': OK },
      osRelease: DEBIAN,
    })
    const result = await ensureChromium(host.deps)
    expect(result).toMatchObject({ kind: 'found', installedBy: 'apt-get' })
    expect(host.lines()).toEqual(['pw install chromium', 'apt-get update', 'apt-get install -y chromium'])
    expect(host.calls[1]?.env).toEqual({ DEBIAN_FRONTEND: 'noninteractive' })
    expect(host.calls[2]?.env).toEqual({ DEBIAN_FRONTEND: 'noninteractive' })
    // The failed Playwright attempt is explained, without stack frames.
    expect(host.log.join('\n')).toContain('`pw install chromium` failed with exit code 1')
    expect(host.log.join('\n')).toContain('pw install chromium: failed')
    expect(host.log.join('\n')).not.toContain('at frame')
  })

  it('installs chromium-browser on Ubuntu', async () => {
    const host = fakeHost({
      installs: 'apt-get install -y chromium-browser',
      results: { 'apt-get install -y chromium-browser': OK },
      osRelease: UBUNTU,
    })
    expect(await ensureChromium(host.deps)).toMatchObject({ kind: 'found', installedBy: 'apt-get' })
    expect(host.lines()).toEqual([
      'pw install chromium',
      'apt-get update',
      'apt-get install -y chromium-browser',
    ])
  })

  it('still tries apt-get install when apt-get update fails (old package lists may do)', async () => {
    const host = fakeHost({
      installs: 'apt-get install -y chromium',
      results: { 'apt-get update': { kind: 'timeout', output: '' }, 'apt-get install -y chromium': OK },
      osRelease: DEBIAN,
    })
    expect(await ensureChromium(host.deps)).toMatchObject({ kind: 'found', installedBy: 'apt-get' })
    expect(host.log.join('\n')).toContain('`apt-get update` timed out after 300 s')
  })

  it('reports missing with the exact commands when every installer fails as root', async () => {
    const host = fakeHost({ osRelease: DEBIAN })
    const result = await ensureChromium(host.deps)
    expect(host.lines()).toEqual(['pw install chromium', 'apt-get update', 'apt-get install -y chromium'])
    expect(result.kind).toBe('missing')
    if (result.kind !== 'missing') return
    expect(result.instructions).toContain('  apt-get install -y chromium')
    expect(result.instructions).not.toContain('sudo')
    expect(result.instructions).toContain('npx playwright install chromium')
    expect(result.instructions).toContain('SHOPSIM_CHROMIUM')
  })

  it.each([
    ['not root', { root: false, osRelease: DEBIAN }, 'sudo apt-get install -y chromium'],
    ['no apt-get', { aptGet: false, osRelease: DEBIAN }, 'apt-get install -y chromium'],
    ['Ubuntu, not root', { root: false, osRelease: UBUNTU }, 'sudo apt-get install -y chromium-browser'],
    ['not Debian-like', { osRelease: FEDORA }, 'sudo apt-get install -y chromium'],
    ['no /etc/os-release', {}, 'npx playwright install chromium'],
  ])('does not use apt-get when %s, and says what to run', async (_name, setup, expected) => {
    const host = fakeHost(setup)
    const result = await ensureChromium(host.deps)
    expect(host.lines()).toEqual(['pw install chromium'])
    expect(result.kind === 'missing' && result.instructions).toContain(expected)
  })

  it('accepts a Chromium that appears even though the installer reported failure', async () => {
    const host = fakeHost({ osRelease: DEBIAN })
    let checks = 0
    host.deps.find = () => (++checks >= 2 ? { path: '/pw/chrome', source: 'playwright' } : undefined)
    expect(await ensureChromium(host.deps)).toMatchObject({ kind: 'found', installedBy: 'playwright' })
    expect(host.lines()).toEqual(['pw install chromium'])
  })
})

import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const cli = fileURLToPath(new URL('./ensure-cli.ts', import.meta.url))

// The real script as `npm install` runs it (through tsx instead of the build), checking the wiring.
function runCli(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', cli], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  })
}

describe('ensure-cli', () => {
  it('exits 0 without looking when SHOPSIM_SKIP_BROWSER_INSTALL=1', () => {
    const result = runCli({ SHOPSIM_SKIP_BROWSER_INSTALL: '1' })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('skipping the Chromium check')
  })

  it('names the Chromium it finds', () => {
    const chosen = runCli({ SHOPSIM_CHROMIUM: process.execPath })
    expect(chosen.status).toBe(0)
    expect(chosen.stdout.trim()).toBe(`shopsim: using Chromium (env) at ${process.execPath}`)
  })

  it('exits 1 for a broken SHOPSIM_CHROMIUM when SHOPSIM_REQUIRE_CHROMIUM=1', () => {
    const broken = runCli({ SHOPSIM_CHROMIUM: '/nonexistent/chrome', SHOPSIM_REQUIRE_CHROMIUM: '1' })
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain('ERROR: SHOPSIM_CHROMIUM is set to /nonexistent/chrome')
  })
})

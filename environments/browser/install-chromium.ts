import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describeExecResult, type Exec, spawnExec } from './exec.js'
import { findOnPath, isExecutableFile, searchDirs } from './executable.js'
import { CHROMIUM_ENV, type FoundChromium, INSTALL_HINT, tryFindChromium } from './find-chromium.js'
import { isRootUser } from './launch.js'
import { aptChromiumPackage, parseOsRelease } from './os-release.js'

export interface Command {
  command: string
  args: string[]
  /** What the log shows, when the real command line is long. */
  label?: string
}

export interface InstallDeps {
  /** Looks for an installed Chromium; called again after each install attempt. */
  find: () => FoundChromium | undefined
  exec: Exec
  root: boolean
  /** Parsed /etc/os-release, undefined when there is none (macOS, Windows, minimal images). */
  osRelease: Record<string, string> | undefined
  hasCommand: (name: string) => boolean
  playwrightInstall: Command
  /** Progress lines for a person watching the install. */
  log: (line: string) => void
}

export type EnsureResult =
  | { kind: 'found'; chromium: FoundChromium; installedBy: 'nothing' | 'playwright' | 'apt-get' }
  | { kind: 'missing'; instructions: string }

// Playwright fails in seconds without its CDN, but a slow link can take minutes for ~150 MB; apt likewise.
export const INSTALL_TIMEOUTS_MS = { playwright: 300_000, aptUpdate: 300_000, aptInstall: 600_000 }

const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' }

/**
 * Makes sure a Chromium exists: finds one, else tries Playwright's installer, else (as root on
 * Debian/Ubuntu with apt-get) the distribution package, else returns what the user should run.
 */
export async function ensureChromium(deps: InstallDeps): Promise<EnsureResult> {
  const existing = deps.find()
  if (existing) return { kind: 'found', chromium: existing, installedBy: 'nothing' }

  deps.log('shopsim: no Chromium found; trying Playwright’s installer')
  await run(deps, deps.playwrightInstall, INSTALL_TIMEOUTS_MS.playwright)
  const fromPlaywright = deps.find()
  if (fromPlaywright) return { kind: 'found', chromium: fromPlaywright, installedBy: 'playwright' }

  const aptPackage = deps.osRelease && aptChromiumPackage(deps.osRelease)
  if (aptPackage && deps.root && deps.hasCommand('apt-get')) {
    deps.log(`shopsim: installing the ${aptPackage} package with apt-get (this can take a few minutes)`)
    // A failed update can still leave usable package lists from an earlier one, so install anyway.
    await run(deps, { command: 'apt-get', args: ['update'] }, INSTALL_TIMEOUTS_MS.aptUpdate, APT_ENV)
    await run(
      deps,
      { command: 'apt-get', args: ['install', '-y', aptPackage] },
      INSTALL_TIMEOUTS_MS.aptInstall,
      APT_ENV,
    )
    const fromApt = deps.find()
    if (fromApt) return { kind: 'found', chromium: fromApt, installedBy: 'apt-get' }
  }

  return { kind: 'missing', instructions: instructionsFor(aptPackage, deps.root) }
}

async function run(
  deps: InstallDeps,
  { command, args, label }: Command,
  timeoutMs: number,
  env?: Record<string, string>,
) {
  const result = await deps.exec(command, args, env ? { timeoutMs, env } : { timeoutMs })
  const shown = label ?? [command, ...args].join(' ')
  deps.log(`shopsim: \`${shown}\` ${describeExecResult(result, timeoutMs)}`)
  if ((result.kind === 'exit' || result.kind === 'timeout') && result.output.trim() !== '') {
    deps.log(indent(lastLines(result.output, 5)))
  }
  return result
}

function instructionsFor(aptPackage: string | undefined, root: boolean): string {
  if (aptPackage === undefined) return INSTALL_HINT
  return [
    'Install Chromium with one of:',
    `  ${root ? '' : 'sudo '}apt-get install -y ${aptPackage}`,
    '  npx playwright install chromium         (needs access to Playwright’s download CDN)',
    `or point ${CHROMIUM_ENV} at an existing Chrome/Chromium executable: export ${CHROMIUM_ENV}=/path/to/chrome`,
  ].join('\n')
}

/** The last lines of a failed command's output, without JavaScript stack frames. */
function lastLines(text: string, count: number): string {
  const lines = text
    .trimEnd()
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
  return lines.slice(-count).join('\n')
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')
}

/**
 * Runs the installer of the playwright-core we depend on, not whatever `npx playwright` resolves to,
 * so the downloaded browser revision is the one this playwright-core looks for (and npx fetches nothing).
 */
export function playwrightInstallCommand(): Command {
  const require = createRequire(import.meta.url)
  const cli = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'cli.js')
  return {
    command: process.execPath,
    args: [cli, 'install', 'chromium'],
    label: 'playwright install chromium',
  }
}

function readOsRelease(): Record<string, string> | undefined {
  try {
    return parseOsRelease(readFileSync('/etc/os-release', 'utf8'))
  } catch {
    return undefined
  }
}

/** The real machine: process.env, the file system, child processes. */
export function hostInstallDeps(log: (line: string) => void): InstallDeps {
  return {
    find: () => tryFindChromium({ env: process.env }),
    exec: spawnExec,
    root: isRootUser(),
    osRelease: readOsRelease(),
    hasCommand: (name) => findOnPath(name, searchDirs(process.env.PATH), isExecutableFile) !== undefined,
    playwrightInstall: playwrightInstallCommand(),
    log,
  }
}

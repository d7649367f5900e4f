import { isShopsimError } from '../../traces/errors.js'
import { ensureChromium, type InstallDeps } from './install-chromium.js'

export const SKIP_ENV = 'SHOPSIM_SKIP_BROWSER_INSTALL'
export const REQUIRE_ENV = 'SHOPSIM_REQUIRE_CHROMIUM'

export interface EnsureCommandIo {
  env: Readonly<Record<string, string | undefined>>
  stdout: (line: string) => void
  stderr: (line: string) => void
  /** Built lazily so a skipped run touches nothing. */
  deps: (log: (line: string) => void) => InstallDeps
}

/**
 * The install-time check behind `npm install`: returns the exit code. A missing Chromium is a warning
 * (exit 0) so installing shopsim never fails over it, unless SHOPSIM_REQUIRE_CHROMIUM=1.
 */
export async function runEnsureCommand(io: EnsureCommandIo): Promise<number> {
  if (io.env[SKIP_ENV] === '1') {
    io.stdout(`shopsim: ${SKIP_ENV}=1, skipping the Chromium check`)
    return 0
  }
  const required = io.env[REQUIRE_ENV] === '1'
  const failure = (lines: string[]): number => {
    const level = required ? 'ERROR' : 'WARNING'
    io.stderr([`shopsim: ${level}: ${lines[0]}`, ...lines.slice(1)].join('\n'))
    if (!required)
      io.stderr('shopsim: installation continues; browser features will fail until Chromium is present.')
    return required ? 1 : 0
  }

  try {
    const result = await ensureChromium(io.deps(io.stderr))
    if (result.kind === 'missing') return failure(['no Chromium executable found.', result.instructions])
    const how = result.installedBy === 'nothing' ? 'using' : `installed with ${result.installedBy}, using`
    io.stdout(`shopsim: ${how} Chromium (${result.chromium.source}) at ${result.chromium.path}`)
    return 0
  } catch (error) {
    if (isShopsimError(error)) return failure([error.message, ...(error.hint ? [error.hint] : [])])
    return failure([
      `the Chromium check failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    ])
  }
}

// Run by the `prepare` script: `node dist/environments/browser/ensure-cli.js`.
// It must never break `npm install`, even if loading the modules below fails, so they are imported
// inside the try and every failure ends in a warning (exit 0) unless SHOPSIM_REQUIRE_CHROMIUM=1.
const writeLine = (stream: NodeJS.WriteStream) => (line: string) => {
  stream.write(`${line}\n`)
}

try {
  const { runEnsureCommand } = await import('./ensure-command.js')
  const { hostInstallDeps } = await import('./install-chromium.js')
  process.exitCode = await runEnsureCommand({
    env: process.env,
    stdout: writeLine(process.stdout),
    stderr: writeLine(process.stderr),
    deps: hostInstallDeps,
  })
} catch (error) {
  const required = process.env.SHOPSIM_REQUIRE_CHROMIUM === '1'
  process.stderr.write(
    `shopsim: ${required ? 'ERROR' : 'WARNING'}: the Chromium check could not run: ${String(error)}\n`,
  )
  process.exitCode = required ? 1 : 0
}

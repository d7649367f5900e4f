/**
 * Builds data/opera-sample (see its README.md): live shopping sessions on the embedded store, converted to the
 * OPeRA layout. Run with `npm run build:opera-sample [-- --run-dir <dir>]` (the run is kept there when given).
 */
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import { buildOperaSample } from './build.js'
import { FIXTURES_DIR, OPERA_SAMPLE_DIR, PROJECT_ROOT } from './paths.js'

const { values } = parseArgs({ options: { 'run-dir': { type: 'string' } } })
const started = performance.now()
const summary = await buildOperaSample({
  fixturesDir: FIXTURES_DIR,
  out: OPERA_SAMPLE_DIR,
  ...(values['run-dir'] !== undefined && { runDir: values['run-dir'] }),
  log: (line) => process.stderr.write(`${line}\n`),
})
const actions = summary.sessions.reduce((n, s) => n + s.actions, 0)
const bytes = summary.files.reduce((n, f) => n + f.bytes, 0)
const lines = [
  `wrote ${relative(PROJECT_ROOT, OPERA_SAMPLE_DIR)}: ${summary.sessions.length} sessions, ${actions} actions, ${summary.personas.length} users, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ...summary.files.map((f) => `  ${f.path}  ${f.bytes} bytes`),
]
process.stdout.write(`${lines.join('\n')}\n`)

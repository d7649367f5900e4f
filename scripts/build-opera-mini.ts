/**
 * Builds data/opera-mini, a small OPeRA-format dataset of the real public OPeRA pieces in
 * ../shared/fixtures/opera (see data/opera-mini/README.md). Run with `npm run build:opera-mini`.
 */
import { relative } from 'node:path'
import { buildOperaMini } from './opera-mini/build.js'
import { FIXTURES_DIR, OPERA_MINI_DIR, PROJECT_ROOT } from './opera-mini/paths.js'

const summary = await buildOperaMini({ fixturesDir: FIXTURES_DIR, out: OPERA_MINI_DIR })
const lines = [
  `wrote ${relative(PROJECT_ROOT, OPERA_MINI_DIR)}: ${summary.sessions} sessions, ${summary.steps} steps, ${summary.users} users`,
  `simplified pages: ${summary.pageBytes.min} to ${summary.pageBytes.max} bytes`,
  ...summary.files.map((f) => `  ${f.path}  ${f.bytes} bytes`),
]
process.stdout.write(`${lines.join('\n')}\n`)

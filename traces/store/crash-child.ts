/**
 * Child process of crash.test.ts: resumes a session and appends steps until killed, printing
 * `resume <nextIndex>` once and then each index it finished appending.
 * Usage: node --import tsx crash-child.ts <run dir> <session id>
 */
import { openRunDir } from './run-dir.js'
import { CRASH_HTML_SIZE, htmlFor, makeStep, sessionFields, shotFor } from './test-fixtures.js'

const [dir, sessionId] = process.argv.slice(2)
if (dir === undefined || sessionId === undefined)
  throw new Error('usage: crash-child.ts <run dir> <session id>')

const run = await openRunDir(dir, { create: true, kind: 'crash-test' })
const { nextIndex } = await run.openSession(sessionId, sessionFields)
process.stdout.write(`resume ${nextIndex}\n`)
for (let index = nextIndex; ; index++) {
  await run.appendStep(sessionId, makeStep(sessionId, index), {
    html: htmlFor(index, CRASH_HTML_SIZE),
    screenshot: { bytes: shotFor(index), ext: 'jpg' },
  })
  process.stdout.write(`${index}\n`)
}

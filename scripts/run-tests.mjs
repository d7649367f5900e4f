#!/usr/bin/env node
// `npm test`: vitest (unit + integration) then Playwright Test (browser e2e), and one closing line
// `tests: N passed, N failed` that CI and people can read without knowing either runner's format.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

// Not under test-results/: Playwright empties that folder when it starts.
const outDir = join(process.cwd(), '.test-summary')
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
const vitestJson = join(outDir, 'vitest.json')
const playwrightJson = join(outDir, 'playwright.json')
const extra = process.argv.slice(2)

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
  ...extra,
])
const playwrightStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
})

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}

const counts = { passed: 0, failed: 0, skipped: 0 }
const vitest = readJson(vitestJson)
if (vitest) {
  counts.passed += vitest.numPassedTests
  counts.failed +=
    vitest.numFailedTests + (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0 ? 1 : 0)
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests
} else counts.failed += 1
const playwright = readJson(playwrightJson)
if (playwright) {
  counts.passed += playwright.stats.expected + playwright.stats.flaky
  counts.failed += playwright.stats.unexpected
  counts.skipped += playwright.stats.skipped
} else counts.failed += 1

const total = counts.passed + counts.failed
process.stdout.write(`\nvitest exit ${vitestStatus}, playwright exit ${playwrightStatus}\n`)
process.stdout.write(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`)
process.exitCode = vitestStatus !== 0 || playwrightStatus !== 0 || counts.failed > 0 || total === 0 ? 1 : 0

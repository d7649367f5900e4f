import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openRunDir } from '../../traces/store/index.js'
import { EXIT } from './io.js'
import { main } from './main.js'
import { spawnForegroundCli } from './spawn-cli.js'
import { captureIo } from './test-io.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shopsim-record-cli-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('shopsim record', () => {
  it('refuses a missing or unknown --env, a missing --out and a bad --rationale-rate', async () => {
    const out = join(dir, 'unused')
    const cases: [string[], RegExp][] = [
      [['--out', out], /--env is required/],
      [['--env', 'ftp://example.com/', '--out', out], /--env must be `store` or an http\(s\) URL/],
      [['--env', 'store'], /--out <run-dir> is required/],
      [['--env', 'store', '--out', out, '--rationale-rate', '1.5'], /--rationale-rate must be from 0 to 1/],
      [['--env', 'store', '--out', out, '--seed', 'x'], /--seed must be a whole number/],
    ]
    for (const [args, message] of cases) {
      const io = captureIo({ DISPLAY: ':0' })
      expect(await main(['record', ...args], io)).toBe(EXIT.usage)
      expect(io.err()).toMatch(message)
    }
  })

  it.runIf(process.platform === 'linux')(
    'says a window needs a display before starting anything',
    async () => {
      const io = captureIo({})
      expect(await main(['record', '--env', 'store', '--out', join(dir, 'no-display')], io)).toBe(
        EXIT.failure,
      )
      expect(io.err()).toMatch(/E_BROWSER_LAUNCH: .*has no display/)
      expect(io.err()).toContain('xvfb-run')
    },
  )

  it('asks which persona is shopping when the personas file holds several', async () => {
    const io = captureIo({})
    const args = [
      '--env',
      'store',
      '--out',
      join(dir, 'personas'),
      '--headless',
      '--persona',
      'data/opera-mini',
    ]
    expect(await main(['record', ...args], io)).toBe(EXIT.usage)
    expect(io.err()).toMatch(/holds \d+ personas: say which one is shopping with --user/)
  })

  it('records into a run directory as a process and ends the session on Ctrl-C', async () => {
    const out = join(dir, 'run')
    const cli = await spawnForegroundCli(
      ['record', '--env', 'store', '--out', out, '--headless', '--user', 'tester', '--seed', '5'],
      /recording session (\S+) into/,
    )
    const sessionId = cli.ready
    expect(sessionId).toMatch(/^tester_\d{4}-\d\d-\d\dT/)
    cli.child.kill('SIGINT')
    expect(await cli.exited).toBe(0)
    expect(cli.stdout()).toMatch(/step 0: terminate/)
    expect(cli.stdout()).toMatch(/ended: terminate \(stopped from the terminal \(SIGINT\)\); 1 steps/)
    const run = await openRunDir(out)
    expect(run.info).toMatchObject({ kind: 'record', options: { environment: 'store', rationaleRate: 0.2 } })
    expect(await run.readSession(sessionId)).toMatchObject({
      status: 'done',
      outcome: 'terminate',
      userId: 'tester',
      provenance: { source: 'live', environment: 'store', seed: 5 },
    })
    const { steps } = await run.readSteps(sessionId)
    expect(steps.map((step) => step.action)).toEqual([{ type: 'terminate' }])
    expect(await run.readHtml(steps[0] as (typeof steps)[number])).toContain('name="nav_bar.search_input"')
  })
  it('prints the finished session as JSON on stdout with --json, the commentary on stderr', async () => {
    const out = join(dir, 'run-json')
    const cli = await spawnForegroundCli(
      ['record', '--env', 'store', '--out', out, '--headless', '--user', 'tester', '--json'],
      /recording session (\S+) into/,
      'stderr',
    )
    cli.child.kill('SIGINT')
    expect(await cli.exited).toBe(0)
    expect(cli.stderr()).toMatch(/step 0: terminate/)
    expect(JSON.parse(cli.stdout())).toMatchObject({
      runDir: out,
      sessionId: cli.ready,
      outcome: 'terminate',
      steps: 1,
    })
  })
})

import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type StepInput, StepSchema } from '../schema/index.js'
import { sessionDirRel } from './layout.js'
import { openRunDir } from './run-dir.js'
import {
  fakeClock,
  freshRunPath,
  htmlFor,
  makeStep,
  SESSION_ID,
  sessionFields,
  shotFor,
} from './test-fixtures.js'

const shopsimError = (code: string) => expect.objectContaining({ name: 'ShopsimError', code })

describe('openRunDir', () => {
  it('creates run.json with the version, kind, clock time, tool version, options and meta', async () => {
    const path = freshRunPath()
    const run = await openRunDir(path, {
      create: true,
      kind: 'live',
      options: { concurrency: 2 },
      meta: { note: 'x' },
      clock: fakeClock(),
    })
    expect(run.info).toEqual({
      version: 1,
      kind: 'live',
      createdAt: '2025-01-02T03:04:05.000Z',
      toolVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      options: { concurrency: 2 },
      meta: { note: 'x' },
    })
    expect(JSON.parse(readFileSync(join(path, 'run.json'), 'utf8'))).toEqual(run.info)
    expect(readdirSync(path).sort()).toEqual(['run.json', 'sessions'])
  })

  it('reopens an existing run as it is and refuses another kind', async () => {
    const path = freshRunPath()
    await openRunDir(path, { create: true, kind: 'replay', toolVersion: '1.2.3' })
    const again = await openRunDir(path, { create: true, meta: { ignored: true } })
    expect(again.info).toMatchObject({ kind: 'replay', toolVersion: '1.2.3', meta: {} })
    await expect(openRunDir(path, { kind: 'live' })).rejects.toEqual(shopsimError('E_RUN_DIR'))
  })

  it('refuses a missing run without create and a non-empty directory that is not a run', async () => {
    const path = freshRunPath()
    await expect(openRunDir(path)).rejects.toEqual(shopsimError('E_RUN_DIR'))
    mkdirSync(path)
    writeFileSync(join(path, 'notes.txt'), 'mine')
    await expect(openRunDir(path, { create: true })).rejects.toEqual(shopsimError('E_RUN_DIR'))
  })

  it('reads a version 0 run.json and refuses a newer one', async () => {
    const path = freshRunPath()
    mkdirSync(path)
    const v0 = { kind: 'replay', createdAt: 't', toolVersion: '0.0.1', options: {}, meta: {} }
    writeFileSync(join(path, 'run.json'), JSON.stringify(v0))
    expect((await openRunDir(path)).info).toEqual({ ...v0, version: 1 })
    writeFileSync(join(path, 'run.json'), JSON.stringify({ ...v0, version: 2 }))
    await expect(openRunDir(path)).rejects.toEqual(shopsimError('E_RUN_VERSION'))
    writeFileSync(join(path, 'run.json'), '{"kind":')
    await expect(openRunDir(path)).rejects.toEqual(shopsimError('E_RUN_DIR'))
  })
})

describe('sessions and steps', () => {
  it('round-trips steps with HTML and screenshots by reference', async () => {
    const run = await openRunDir(freshRunPath(), { create: true, clock: fakeClock(), durable: false })
    expect(await run.openSession(SESSION_ID, sessionFields)).toEqual({
      previous: 'new',
      recorded: [],
      nextIndex: 0,
      truncatedBytes: 0,
      problems: [],
    })
    const n = 5
    for (let i = 0; i < n; i++) {
      const files = {
        html: htmlFor(i),
        screenshot: { bytes: shotFor(i), ext: 'png' as const, width: 8, height: 8 },
      }
      expect((await run.appendStep(SESSION_ID, makeStep(SESSION_ID, i), files)).kind).toBe('appended')
    }
    const read = await run.readSteps(SESSION_ID)
    expect(read.problems).toEqual([])
    expect(read.tornTail).toBeUndefined()
    const dir = sessionDirRel(SESSION_ID)
    const expected = Array.from({ length: n }, (_, i) => {
      const step = StepSchema.parse(makeStep(SESSION_ID, i))
      step.observation.htmlFile = `${dir}/html/00000${i}.html`
      step.observation.screenshot = { file: `${dir}/shots/00000${i}.png`, width: 8, height: 8 }
      return step
    })
    expect(read.steps).toEqual(expected)
    for (const [i, step] of read.steps.entries()) {
      expect(await run.readHtml(step)).toBe(htmlFor(i))
      expect(await run.readScreenshot(step)).toEqual(shotFor(i))
    }
    const lines = readFileSync(join(run.dir, dir, 'steps.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
    expect(lines).toHaveLength(n)
    for (const line of lines) {
      expect(JSON.parse(line)).toMatchObject({ version: 1 })
      expect(JSON.parse(line).observation.html).toBeUndefined()
    }
    expect(await run.recordedStepIndices(SESSION_ID)).toEqual([0, 1, 2, 3, 4])
  })

  it('moves inline HTML of an observation to a side file', async () => {
    const run = await openRunDir(freshRunPath(), { create: true, durable: false })
    await run.openSession(SESSION_ID, sessionFields)
    const step = makeStep(SESSION_ID, 0)
    const appended = await run.appendStep(SESSION_ID, {
      ...step,
      observation: { ...step.observation, html: '<p/>' },
    })
    expect(appended.kind === 'appended' && appended.step.observation.html).toBe(undefined)
    const [read] = (await run.readSteps(SESSION_ID)).steps
    expect(read?.observation.htmlFile).toMatch(/html\/000000\.html$/)
    expect(read && (await run.readHtml(read))).toBe('<p/>')
  })

  it('tracks status, lists sessions, and refuses steps once a session is done', async () => {
    const run = await openRunDir(freshRunPath(), { create: true, clock: fakeClock(), durable: false })
    expect(await run.sessionStatus('b')).toEqual({ kind: 'missing' })
    await run.openSession('b', sessionFields)
    await run.openSession('a:1', { ...sessionFields, split: 'test' })
    expect(await run.sessionStatus('b')).toEqual({ kind: 'running' })
    await run.appendStep('b', makeStep('b', 0))
    const done = await run.markSessionDone('b', { outcome: 'purchase' })
    expect(done).toMatchObject({ id: 'b', status: 'done', outcome: 'purchase', userId: 'user-7' })
    expect(await run.sessionStatus('b')).toEqual({ kind: 'done', outcome: 'purchase' })
    await expect(run.appendStep('b', makeStep('b', 1))).rejects.toEqual(shopsimError('E_SESSION_STATE'))
    await expect(run.markSessionFailed('b', new Error('late'))).rejects.toEqual(
      shopsimError('E_SESSION_STATE'),
    )

    // Reopening a done session changes nothing and still refuses steps.
    const again = await openRunDir(run.dir)
    expect(await again.openSession('b', sessionFields)).toMatchObject({ previous: 'done', recorded: [0] })
    await expect(again.appendStep('b', makeStep('b', 1))).rejects.toEqual(shopsimError('E_SESSION_STATE'))

    expect((await run.listSessions()).map((s) => [s.id, s.status, s.split])).toEqual([
      ['a:1', 'running', 'test'],
      ['b', 'done', undefined],
    ])
  })

  it('records a failure and lets a re-run reopen the session', async () => {
    const run = await openRunDir(freshRunPath(), { create: true, clock: fakeClock(), durable: false })
    await run.openSession('s', sessionFields)
    await run.appendStep('s', makeStep('s', 0))
    const failed = await run.markSessionFailed(
      's',
      Object.assign(new Error('browser died'), { code: 'E_BROWSER' }),
    )
    expect(failed).toMatchObject({ status: 'failed', outcome: 'error', error: { code: 'E_BROWSER' } })
    expect(await run.sessionStatus('s')).toEqual({
      kind: 'failed',
      error: { code: 'E_BROWSER', message: 'browser died' },
    })
    await expect(run.appendStep('s', makeStep('s', 1))).rejects.toEqual(shopsimError('E_SESSION_STATE'))

    const resumed = await run.openSession('s', sessionFields)
    expect(resumed).toMatchObject({ previous: 'failed', recorded: [0], nextIndex: 1 })
    const session = await run.readSession('s')
    expect(session).toMatchObject({
      status: 'running',
      outcome: 'incomplete',
      startedAt: '2025-01-02T03:04:06.000Z',
    })
    expect(session?.error).toBeUndefined()
    expect((await run.appendStep('s', makeStep('s', 1))).kind).toBe('appended')
  })

  it('refuses appends before openSession, steps of another session and bad input', async () => {
    const run = await openRunDir(freshRunPath(), { create: true, durable: false })
    await expect(run.appendStep('s', makeStep('s', 0))).rejects.toEqual(shopsimError('E_SESSION_STATE'))
    await expect(run.markSessionDone('s', { outcome: 'purchase' })).rejects.toEqual(
      shopsimError('E_SESSION_STATE'),
    )
    await run.openSession('s', sessionFields)
    await expect(run.appendStep('s', makeStep('t', 0))).rejects.toEqual(shopsimError('E_RECORD_INVALID'))
    const bad = { ...makeStep('s', 0), index: -1 } as StepInput
    await expect(run.appendStep('s', bad)).rejects.toEqual(shopsimError('E_RECORD_INVALID'))
    const shot = { bytes: shotFor(0), ext: '../../x' as 'png' }
    await expect(run.appendStep('s', makeStep('s', 0), { screenshot: shot })).rejects.toEqual(
      shopsimError('E_UNSAFE_PATH'),
    )
    await expect(run.openSession('u', { userId: 1 } as never)).rejects.toEqual(
      shopsimError('E_RECORD_INVALID'),
    )
    expect(await run.recordedStepIndices('s')).toEqual([])
  })

  it('keeps hostile session ids inside sessions/', async () => {
    const run = await openRunDir(freshRunPath(), { create: true, durable: false })
    const ids = ['../../escape', '/etc/passwd', 'a\0b', 'x'.repeat(5000), 'a:b', 'a/b']
    for (const id of ids) {
      await run.openSession(id, sessionFields)
      await run.appendStep(id, makeStep(id, 0), { html: '<p/>' })
      expect(dirname(run.sessionDir(id))).toBe(join(run.dir, 'sessions'))
    }
    expect(readdirSync(run.dir).sort()).toEqual(['run.json', 'sessions'])
    expect(readdirSync(join(run.dir, 'sessions'))).toHaveLength(ids.length)
    expect((await run.listSessions()).map((s) => s.id).sort()).toEqual([...ids].sort())
    for (const id of ids) expect((await run.readSteps(id)).steps.map((s) => s.sessionId)).toEqual([id])
  })

  it('reads a version 0 session.json and refuses a newer one', async () => {
    const run = await openRunDir(freshRunPath(), { create: true, durable: false })
    await run.openSession('s', sessionFields)
    const path = join(run.sessionDir('s'), 'session.json')
    const { version: _version, ...v0 } = JSON.parse(readFileSync(path, 'utf8'))
    writeFileSync(path, JSON.stringify(v0))
    expect(await run.readSession('s')).toEqual({ ...v0, version: 1 })
    writeFileSync(path, JSON.stringify({ ...v0, version: 2 }))
    await expect(run.sessionStatus('s')).rejects.toEqual(shopsimError('E_RUN_VERSION'))
    await expect(run.listSessions()).rejects.toEqual(shopsimError('E_RUN_VERSION'))
  })

  it('refuses side-file references that leave the run directory', async () => {
    const run = await openRunDir(freshRunPath(), { create: true, durable: false })
    const step = StepSchema.parse(makeStep('s', 0))
    for (const htmlFile of ['../outside.html', '/etc/passwd', 'sessions/\0.html']) {
      await expect(run.readHtml({ ...step, observation: { htmlFile } })).rejects.toEqual(
        shopsimError('E_UNSAFE_PATH'),
      )
    }
    const outside = join(dirname(run.dir), 'secret.png')
    writeFileSync(outside, 'secret')
    symlinkSync(outside, join(run.dir, 'link.png'))
    await expect(
      run.readScreenshot({ ...step, observation: { screenshot: { file: 'link.png' } } }),
    ).rejects.toEqual(shopsimError('E_UNSAFE_PATH'))
    // A directory on the way that is a symlink out is refused as well.
    const outsideDir = join(dirname(run.dir), 'elsewhere')
    mkdirSync(outsideDir, { recursive: true })
    writeFileSync(join(outsideDir, 'page.html'), 'secret')
    symlinkSync(outsideDir, join(run.dir, 'linked'))
    await expect(run.readHtml({ ...step, observation: { htmlFile: 'linked/page.html' } })).rejects.toEqual(
      shopsimError('E_UNSAFE_PATH'),
    )
    // A symlink that stays inside is followed.
    writeFileSync(join(run.dir, 'real.html'), 'inside')
    symlinkSync(join(run.dir, 'real.html'), join(run.dir, 'alias.html'))
    expect(await run.readHtml({ ...step, observation: { htmlFile: 'alias.html' } })).toBe('inside')
    await expect(run.readHtml({ ...step, observation: { htmlFile: 'sessions/none.html' } })).rejects.toEqual(
      shopsimError('E_RUN_DIR'),
    )
  })
})

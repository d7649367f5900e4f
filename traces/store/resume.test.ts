import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openRunDir, type RunDir } from './run-dir.js'
import { freshRunPath, htmlFor, makeStep, SESSION_ID, sessionFields } from './test-fixtures.js'

async function runWithSteps(count: number): Promise<{ run: RunDir; stepsPath: string }> {
  const run = await openRunDir(freshRunPath(), { create: true, durable: false })
  await run.openSession(SESSION_ID, sessionFields)
  for (let i = 0; i < count; i++)
    await run.appendStep(SESSION_ID, makeStep(SESSION_ID, i), { html: htmlFor(i) })
  return { run, stepsPath: join(run.sessionDir(SESSION_ID), 'steps.jsonl') }
}

const lineOf = (value: unknown) => `${JSON.stringify(value)}\n`

describe('reading damaged steps.jsonl', () => {
  it('tolerates and reports a torn tail', async () => {
    const { run, stepsPath } = await runWithSteps(3)
    const whole = lineOf({ version: 1, ...makeStep(SESSION_ID, 3) })
    appendFileSync(stepsPath, whole.slice(0, 40))
    const read = await run.readSteps(SESSION_ID)
    expect(read.steps.map((s) => s.index)).toEqual([0, 1, 2])
    expect(read.tornTail).toEqual({ line: 4, bytes: 40 })
    expect(read.problems).toEqual([])
  })

  it('reports invalid lines in the middle by number and keeps the rest', async () => {
    const { run, stepsPath } = await runWithSteps(1)
    appendFileSync(stepsPath, 'garbage\n')
    appendFileSync(stepsPath, lineOf({ version: 1, index: 'x' }))
    appendFileSync(stepsPath, lineOf({ version: 1, ...makeStep('other', 5) }))
    appendFileSync(stepsPath, lineOf({ version: 1, ...makeStep(SESSION_ID, 0), rationale: 'again' }))
    appendFileSync(stepsPath, lineOf({ version: 1, ...makeStep(SESSION_ID, 1) }))
    const read = await run.readSteps(SESSION_ID)
    expect(read.steps.map((s) => [s.index, s.rationale])).toEqual([
      [0, 'step 0'],
      [1, 'step 1'],
    ])
    expect(read.problems.map((p) => [p.line, p.kind])).toEqual([
      [2, 'invalid-json'],
      [3, 'invalid-step'],
      [4, 'wrong-session'],
      [5, 'duplicate-index'],
    ])
    expect(read.tornTail).toBeUndefined()
  })

  it('reads version 0 lines through the migration and refuses a newer line', async () => {
    const { run, stepsPath } = await runWithSteps(0)
    const { errors: _errors, ...v0 } = makeStep(SESSION_ID, 0)
    const v0Line = { ...v0, observation: { url: 'http://x/', html: '<p>v0</p>', screenshot: 'shots/a.png' } }
    writeFileSync(
      stepsPath,
      lineOf({ ...v0Line, error: 'timeout' }) + lineOf({ version: 1, ...makeStep(SESSION_ID, 1) }),
    )
    const read = await run.readSteps(SESSION_ID)
    expect(read.problems).toEqual([])
    const [first, second] = read.steps
    expect(first?.errors).toEqual([{ code: 'E_V0_ERROR', message: 'timeout' }])
    expect(first?.observation.screenshot).toEqual({ file: 'shots/a.png' })
    expect(first && (await run.readHtml(first))).toBe('<p>v0</p>')
    expect(second?.errors).toEqual([])
    expect(await run.recordedStepIndices(SESSION_ID)).toEqual([0, 1])

    appendFileSync(stepsPath, lineOf({ version: 2, ...makeStep(SESSION_ID, 2) }))
    await expect(run.readSteps(SESSION_ID)).rejects.toMatchObject({ code: 'E_RUN_VERSION' })
  })
})

describe('resuming a session', () => {
  it('truncates the torn tail, reports recorded steps and appends no duplicates', async () => {
    const { run, stepsPath } = await runWithSteps(4)
    const validSize = statSync(stepsPath).size
    appendFileSync(stepsPath, '{"version":1,"sessionId":"opera:us')
    writeFileSync(join(run.sessionDir(SESSION_ID), 'html', '.000004.html.abcd.tmp'), '<half')

    const again = await openRunDir(run.dir, { durable: false })
    const resume = await again.openSession(SESSION_ID, sessionFields)
    expect(resume).toMatchObject({
      previous: 'running',
      recorded: [0, 1, 2, 3],
      nextIndex: 4,
      truncatedBytes: 34,
    })
    expect(statSync(stepsPath).size).toBe(validSize)
    expect(readdirSync(join(run.sessionDir(SESSION_ID), 'html')).filter((n) => n.endsWith('.tmp'))).toEqual(
      [],
    )

    // A re-run replays every step; recorded ones are no-ops.
    const kinds = []
    for (let i = 0; i < 6; i++) kinds.push((await again.appendStep(SESSION_ID, makeStep(SESSION_ID, i))).kind)
    expect(kinds).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'appended', 'appended'])
    const read = await again.readSteps(SESSION_ID)
    expect(read.steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5])
    expect(read.tornTail).toBeUndefined()
    expect(read.problems).toEqual([])
    expect(readFileSync(stepsPath, 'utf8').endsWith('\n')).toBe(true)
  })

  it('cuts an unparsable terminated last line too', async () => {
    const { run, stepsPath } = await runWithSteps(2)
    appendFileSync(stepsPath, '\0\0\0\0\n')
    const resume = await (await openRunDir(run.dir)).openSession(SESSION_ID, sessionFields)
    expect(resume).toMatchObject({ recorded: [0, 1], truncatedBytes: 5 })
    expect(readFileSync(stepsPath, 'utf8').split('\n')).toHaveLength(3)
  })

  it('keeps concurrent appends to one session whole and in call order', async () => {
    const { run, stepsPath } = await runWithSteps(0)
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        run.appendStep(SESSION_ID, makeStep(SESSION_ID, i), { html: htmlFor(i) }),
      ),
    )
    const lines = readFileSync(stepsPath, 'utf8').trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line).index)).toEqual(Array.from({ length: 20 }, (_, i) => i))
  })
})

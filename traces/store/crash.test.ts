import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { openRunDir } from './run-dir.js'
import { CRASH_HTML_SIZE, freshRunPath, htmlFor, makeStep, SESSION_ID, shotFor } from './test-fixtures.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const childScript = fileURLToPath(new URL('./crash-child.ts', import.meta.url))

interface Killed {
  resumedAt: number
  /** Indices the child said it had finished appending before it was killed. */
  reported: number[]
}

/** Runs the child until it has appended `atLeast` steps, then SIGKILLs it. */
function runAndKill(dir: string, atLeast: number): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', childScript, dir, SESSION_ID], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let resumedAt = -1
    const reported: number[] = []
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const lines = out.split('\n')
      out = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('resume ')) resumedAt = Number(line.slice(7))
        else reported.push(Number(line))
      }
      if (reported.length >= atLeast) child.kill('SIGKILL')
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ resumedAt, reported })
      else reject(new Error(`child exited with ${code}: ${err}`))
    })
  })
}

describe('a writer killed with SIGKILL', () => {
  it('leaves only whole steps and side files, and a resume continues at the next index', async () => {
    const dir = freshRunPath()
    const first = await runAndKill(dir, 5)
    expect(first.resumedAt).toBe(0)

    const second = await runAndKill(dir, 3)
    const afterFirst = first.reported.length
    // The child may have written a line and been killed before reporting it.
    expect([afterFirst, afterFirst + 1]).toContain(second.resumedAt)
    expect(second.reported[0]).toBe(second.resumedAt)

    const run = await openRunDir(dir, { durable: false })
    const read = await run.readSteps(SESSION_ID)
    expect(read.problems).toEqual([])
    const indices = read.steps.map((s) => s.index)
    expect(indices).toEqual(Array.from({ length: indices.length }, (_, i) => i))
    const last = second.reported.at(-1) as number
    expect([last + 1, last + 2]).toContain(indices.length)

    // Every side file under its final name is whole, including one written for a step whose line was lost.
    const sessionDir = run.sessionDir(SESSION_ID)
    for (const name of readdirSync(join(sessionDir, 'html')).filter((n) => !n.startsWith('.'))) {
      const content = readFileSync(join(sessionDir, 'html', name), 'utf8')
      expect(content === htmlFor(Number.parseInt(name, 10), CRASH_HTML_SIZE), name).toBe(true)
    }
    for (const step of read.steps) {
      expect(await run.readScreenshot(step)).toEqual(shotFor(step.index))
    }

    const resume = await run.openSession(SESSION_ID, { userId: 'u', provenance: { source: 'live' } })
    expect(resume.nextIndex).toBe(indices.length)
    expect(resume.recorded).toEqual(indices)
    for (let i = 0; i < resume.nextIndex + 2; i++) await run.appendStep(SESSION_ID, makeStep(SESSION_ID, i))
    const final = await run.readSteps(SESSION_ID)
    expect(final.steps.map((s) => s.index)).toEqual(Array.from({ length: indices.length + 2 }, (_, i) => i))
    expect(final.tornTail).toBeUndefined()
    expect(final.problems).toEqual([])
  })
})

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../environments/store/catalog/build-catalog.js'
import type { ShopsimError } from '../../traces/errors.js'
import { generateTasks } from './generate-tasks.js'
import { readTasks, writeTasks } from './tasks-file.js'

const tasks = generateTasks(buildCatalog({ seed: 1, size: 400 }), { count: 8, seed: 5 })
const tempPath = () => join(mkdtempSync(join(tmpdir(), 'shopsim-tasks-')), 'tasks.jsonl')

async function readError(path: string): Promise<ShopsimError> {
  try {
    await readTasks(path)
  } catch (error) {
    return error as ShopsimError
  }
  throw new Error('readTasks did not throw')
}

describe('tasks.jsonl', () => {
  it('round-trips every variant, one task per line', async () => {
    const path = tempPath()
    await writeTasks(path, tasks)
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(8)
    expect(await readTasks(path)).toEqual(tasks)
  })

  it('skips blank lines', async () => {
    const path = tempPath()
    writeFileSync(path, `\n${JSON.stringify(tasks[0])}\n\n${JSON.stringify(tasks[1])}\n\n`)
    expect(await readTasks(path)).toEqual(tasks.slice(0, 2))
  })

  it('names the line of bad JSON with E_TASKS_FILE', async () => {
    const path = tempPath()
    writeFileSync(path, `${JSON.stringify(tasks[0])}\n{"id": "x",\n`)
    const error = await readError(path)
    expect(error.code).toBe('E_TASKS_FILE')
    expect(error.message).toContain(`${path}:2: not JSON`)
  })

  it('names the line and field of a task that breaks the schema', async () => {
    const path = tempPath()
    const bad = { ...tasks.find((t) => t.variant === 'changing'), change: undefined }
    const infeasible = tasks.find((t) => t.variant === 'infeasible')
    const claimsAProduct = { ...infeasible, target: { ...infeasible?.target, productIds: ['B000000000'] } }
    writeFileSync(path, [tasks[0], tasks[1], bad].map((t) => JSON.stringify(t)).join('\n'))
    const error = await readError(path)
    expect(error.code).toBe('E_TASKS_FILE')
    expect(error.message).toMatch(/:3: not a task: change: /)
    writeFileSync(path, JSON.stringify(claimsAProduct))
    expect((await readError(path)).message).toMatch(/:1: not a task: target\.productIds: .*no product/)
  })

  it('refuses a repeated task id, naming both lines', async () => {
    const path = tempPath()
    writeFileSync(path, [tasks[0], tasks[1], tasks[0]].map((t) => JSON.stringify(t)).join('\n'))
    expect((await readError(path)).message).toMatch(/:3: task id task-5-0 is also on line 1/)
  })

  it('reports a missing file, and an invalid task before writing anything', async () => {
    expect((await readError(join(tmpdir(), 'shopsim-no-such-dir', 'tasks.jsonl'))).code).toBe('E_TASKS_FILE')
    const path = tempPath()
    const invalid = { ...tasks[0], intent: { instruction: '' } } as unknown as (typeof tasks)[number]
    await expect(writeTasks(path, [invalid])).rejects.toMatchObject({ code: 'E_TASKS_FILE' })
    await expect(readTasks(path)).rejects.toMatchObject({ code: 'E_TASKS_FILE' })
  })
})

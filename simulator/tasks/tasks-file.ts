import { readFile } from 'node:fs/promises'
import { ShopsimError } from '../../traces/errors.js'
import { type Task, TaskSchema } from '../../traces/schema/index.js'
import { writeFileAtomic } from '../../traces/store/atomic-write.js'

const HINT = 'tasks.jsonl holds one task per line as JSON; `generateTasks` and `writeTasks` write valid ones.'

function lineError(path: string, line: number, message: string): ShopsimError {
  return new ShopsimError('E_TASKS_FILE', `${path}:${line}: ${message}`, HINT)
}

/** Parses tasks.jsonl text; the first bad line throws E_TASKS_FILE naming its line number. Blank lines are skipped. */
export function parseTasks(text: string, path = 'tasks.jsonl'): Task[] {
  const tasks: Task[] = []
  const firstLineOfId = new Map<string, number>()
  text.split('\n').forEach((raw, i) => {
    const line = i + 1
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw lineError(path, line, `not JSON (${error instanceof Error ? error.message : String(error)})`)
    }
    const parsed = TaskSchema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw lineError(path, line, `not a task: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`)
    }
    const earlier = firstLineOfId.get(parsed.data.id)
    if (earlier !== undefined)
      throw lineError(path, line, `task id ${parsed.data.id} is also on line ${earlier}`)
    firstLineOfId.set(parsed.data.id, line)
    tasks.push(parsed.data)
  })
  return tasks
}

export async function readTasks(path: string): Promise<Task[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ShopsimError('E_TASKS_FILE', `${path} could not be read: ${(error as Error).message}`, HINT, {
      cause: error,
    })
  }
  return parseTasks(text, path)
}

/** Validates every task, then writes them one per line in one atomic replace. */
export async function writeTasks(path: string, tasks: readonly Task[]): Promise<void> {
  const lines = tasks.map((task, i) => {
    const parsed = TaskSchema.safeParse(task)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new ShopsimError(
        'E_TASKS_FILE',
        `Task ${i} (${task.id}) is not valid: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
        HINT,
      )
    }
    return JSON.stringify(parsed.data)
  })
  try {
    await writeFileAtomic(path, lines.map((line) => `${line}\n`).join(''), false)
  } catch (error) {
    throw new ShopsimError(
      'E_TASKS_FILE',
      `${path} could not be written: ${(error as Error).message}`,
      HINT,
      {
        cause: error,
      },
    )
  }
}

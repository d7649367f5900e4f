import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../tests/fixtures.js'

export interface ForegroundCli {
  child: ChildProcessWithoutNullStreams
  /** The first capture of `ready` in stdout (e.g. the URL a server prints). */
  ready: string
  stdout(): string
  stderr(): string
  exited: Promise<number | null>
}

/**
 * For tests: runs `shopsim <args>` from source as a real process and waits until its stdout matches
 * `ready` (a regex with one capture group). Rejects when the process exits first.
 */
export async function spawnForegroundCli(
  args: string[],
  ready: RegExp,
  readyOn: 'stdout' | 'stderr' = 'stdout',
): Promise<ForegroundCli> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('simulator', 'cli', 'run.ts'), ...args], {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const captured = await new Promise<string>((resolve, reject) => {
    const watch = () => {
      const match = ready.exec(readyOn === 'stdout' ? out : err)
      if (match?.[1]) resolve(match[1])
    }
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      watch()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
      watch()
    })
    child.on('exit', () => reject(new Error(`shopsim ${args.join(' ')} exited early: ${out}${err}`)))
  })
  return { child, ready: captured, stdout: () => out, stderr: () => err, exited }
}

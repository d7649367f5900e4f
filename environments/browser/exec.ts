import { spawn } from 'node:child_process'

export interface ExecOptions {
  timeoutMs: number
  /** Added to the current environment. */
  env?: Record<string, string>
}

export type ExecResult =
  | { kind: 'ok' }
  | { kind: 'exit'; code: number | null; output: string }
  | { kind: 'timeout'; output: string }
  | { kind: 'spawn-error'; message: string }

/** Runs a command to completion. Injected into the installer so tests can record calls instead. */
export type Exec = (command: string, args: readonly string[], options: ExecOptions) => Promise<ExecResult>

// Enough to show why an installer failed without flooding the install log.
const OUTPUT_TAIL_CHARS = 2_000

export const spawnExec: Exec = (command, args, options) =>
  new Promise((resolve) => {
    let output = ''
    let timedOut = false
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    })
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ kind: 'spawn-error', message: error.message })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (timedOut) resolve({ kind: 'timeout', output })
      else if (code === 0) resolve({ kind: 'ok' })
      else resolve({ kind: 'exit', code, output })
    })
  })

export function describeExecResult(result: ExecResult, timeoutMs: number): string {
  switch (result.kind) {
    case 'ok':
      return 'succeeded'
    case 'exit':
      return `failed with exit code ${result.code ?? 'none (killed by a signal)'}`
    case 'timeout':
      return `timed out after ${timeoutMs / 1000} s`
    case 'spawn-error':
      return `could not start: ${result.message}`
  }
}

/** What a command touches outside itself: passed in, so tests run commands in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown; isTTY?: boolean }
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}

/** Documented exit codes. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const

let pipeHandled = false

export function processIo(): CliIo {
  if (!pipeHandled) {
    pipeHandled = true
    // `shopsim ... | head` closes the pipe early: that is the reader's choice, not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0)
      throw error
    })
  }
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }
}

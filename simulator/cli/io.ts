/** What a command touches outside itself: passed in, so tests run commands in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown; isTTY?: boolean }
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}

/** Documented exit codes. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }
}

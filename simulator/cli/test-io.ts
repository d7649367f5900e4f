import type { CliIo } from './io.js'

/** An in-memory CliIo for running commands in tests. */
export function captureIo(
  env: Record<string, string | undefined> = {},
): CliIo & { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    env,
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  }
}

import { type ChildProcess, spawn } from 'node:child_process'

export interface ServerChild<T> {
  info: T
  stop(): Promise<void>
}

/**
 * Starts a server script in its own Node process (inheriting the tsx loader), so the server and the
 * client loop do not share an event loop; resolves with the JSON line the script prints when ready.
 */
export function startServerChild<T>(script: string, args: readonly string[]): Promise<ServerChild<T>> {
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    let out = ''
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code} before it was ready`)))
    child.stdout?.setEncoding('utf8')
    child.stdout?.on('data', (chunk: string) => {
      out += chunk
      const newline = out.indexOf('\n')
      if (newline < 0) return
      try {
        const info = JSON.parse(out.slice(0, newline)) as T
        resolve({
          info,
          stop: async () => {
            child.kill('SIGTERM')
            await exited
          },
        })
      } catch (error) {
        reject(error)
      }
    })
  })
}

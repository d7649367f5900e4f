import { spawn } from 'node:child_process'

/** What every measuring child reports besides its own figures. */
export interface ChildMeasure {
  /** Peak resident set size of the child over its whole life, in KB (getrusage ru_maxrss). */
  maxRssKb: number
}

/**
 * Runs a script in a fresh Node process so its peak RSS is its own. The child inherits this
 * process's loader flags (tsx), and must print one JSON line on stdout as its last line.
 */
export function runChild<T extends object>(
  script: string,
  args: readonly string[],
): Promise<T & ChildMeasure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with code ${code}`))
      const last = out.trimEnd().split('\n').at(-1) ?? ''
      try {
        resolve(JSON.parse(last) as T & ChildMeasure)
      } catch {
        reject(new Error(`${script} printed no JSON result: ${JSON.stringify(out.slice(-500))}`))
      }
    })
  })
}

/** The child's side: prints its figures plus its peak RSS, read as late as possible. */
export function finishChild(result: object): void {
  const measure: ChildMeasure = { maxRssKb: process.resourceUsage().maxRSS }
  process.stdout.write(`${JSON.stringify({ ...result, ...measure })}\n`)
}

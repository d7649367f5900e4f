import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/** Answers whether a path is a file this process may execute. Injected so tests can fake the file system. */
export type IsExecutable = (file: string) => boolean

export const isExecutableFile: IsExecutable = (file) => {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

// npm lifecycle scripts and minimal containers can run with a PATH that misses /usr/bin.
const ALWAYS_SEARCHED = ['/usr/bin']

/** The directories searched for a command: PATH in order, then the usual system directory. */
export function searchDirs(pathEnv: string | undefined): string[] {
  const dirs = (pathEnv ?? '').split(path.delimiter).filter((dir) => dir !== '')
  return [...new Set([...dirs, ...ALWAYS_SEARCHED])]
}

/** The first executable named `name` in `dirs`, like `which`. */
export function findOnPath(
  name: string,
  dirs: readonly string[],
  isExecutable: IsExecutable,
): string | undefined {
  for (const dir of dirs) {
    const candidate = path.join(dir, name)
    if (isExecutable(candidate)) return candidate
  }
  return undefined
}

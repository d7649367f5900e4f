import { createHash } from 'node:crypto'
import { isAbsolute, relative, resolve, sep, win32 } from 'node:path'
import { ShopsimError } from '../errors.js'

const SLUG_MAX = 48
const HASH_CHARS = 12

/**
 * A folder name for a session id taken from data. Readable part: the id with every run of characters
 * outside [A-Za-z0-9._-] replaced by `_`, no leading dot, cut to 48 characters. A hash of the whole id
 * is always appended, so ids that differ only in replaced or cut characters still get different folders.
 */
export function sessionFolderName(id: string): string {
  const slug = id
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[.-]+/, '')
    .slice(0, SLUG_MAX)
  const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, HASH_CHARS)
  return `${slug === '' ? 'session' : slug}-${hash}`
}

/**
 * Joins a relative path from data onto `root` and refuses anything that would land outside it
 * (`..`, absolute or drive paths, NUL bytes). Returns the absolute path.
 */
export function resolveInside(root: string, path: string): string {
  const refuse = (why: string): never => refuseUnsafePath(root, path, why)
  if (path.includes('\0')) refuse('it contains a NUL byte')
  if (path === '') refuse('it is empty')
  if (isAbsolute(path) || win32.isAbsolute(path)) refuse('it is absolute')
  const absolute = resolve(root, path)
  if (!isInside(root, absolute)) refuse('it leaves the directory')
  return absolute
}

/** True when `path` is strictly below `root` (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path))
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

export function refuseUnsafePath(root: string, path: string, why: string): never {
  throw new ShopsimError(
    'E_UNSAFE_PATH',
    `Refusing path ${JSON.stringify(path)} under ${root}: ${why}`,
    'The trace refers to a file outside its run directory; the file may have been edited or is not trusted.',
  )
}

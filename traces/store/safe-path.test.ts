import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isShopsimError } from '../errors.js'
import { resolveInside, sessionFolderName } from './safe-path.js'

const root = resolve('/tmp/run')

function unsafe(path: string): boolean {
  try {
    resolveInside(root, path)
    return false
  } catch (error) {
    return isShopsimError(error, 'E_UNSAFE_PATH')
  }
}

describe('sessionFolderName', () => {
  const hostile = [
    '../x',
    '../../x',
    '..',
    '.',
    '',
    '/etc/passwd',
    'C:\\Windows',
    'a\0b',
    'a/b',
    'a\\b',
    '-rf',
  ]

  it('keeps a readable prefix and appends a hash', () => {
    expect(sessionFolderName('opera:user-7:s1')).toMatch(/^opera_user-7_s1-[0-9a-f]{12}$/)
    expect(sessionFolderName('opera:user-7:s1')).toBe(sessionFolderName('opera:user-7:s1'))
  })

  it.each(hostile)('maps %j to one plain folder name inside sessions/', (id) => {
    const name = sessionFolderName(id)
    expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/)
    expect(resolveInside(root, `sessions/${name}`)).toBe(resolve(root, 'sessions', name))
  })

  it('gives ids that differ only in replaced characters different folders', () => {
    const ids = ['a:b', 'a/b', 'a_b', 'a?b', 'a b', 'a\0b', 'a::b', 'A:b']
    expect(new Set(ids.map(sessionFolderName)).size).toBe(ids.length)
  })

  it('limits the length of very long ids and keeps them apart', () => {
    const long = 'x'.repeat(10_000)
    const name = sessionFolderName(long)
    expect(name.length).toBeLessThanOrEqual(61)
    expect(sessionFolderName(`${long}y`)).not.toBe(name)
    expect(sessionFolderName('é'.repeat(300)).length).toBeLessThanOrEqual(61)
  })
})

describe('resolveInside', () => {
  it('accepts relative paths that stay inside', () => {
    expect(resolveInside(root, 'sessions/a/html/000001.html')).toBe(
      resolve(root, 'sessions/a/html/000001.html'),
    )
    expect(resolveInside(root, 'sessions/../run.json')).toBe(resolve(root, 'run.json'))
  })

  it.each([
    '../x',
    'sessions/../../x',
    '..',
    '.',
    '',
    '/etc/passwd',
    'C:\\Windows\\x',
    '\\\\server\\share',
    'html/a\0.html',
  ])('refuses %j', (path) => {
    expect(unsafe(path)).toBe(true)
  })
})

import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findOnPath, isExecutableFile, searchDirs } from './executable.js'

/** A temp dir where tests create fake executables (mode 0o755) and plain files (0o644). */
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'shopsim-browser-'))
  const file = (rel: string, mode: number, body = '#!/bin/sh\nexit 0\n') => {
    const full = path.join(dir, rel)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, body)
    chmodSync(full, mode)
    return full
  }
  return { dir, file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

describe('isExecutableFile', () => {
  let tmp: ReturnType<typeof tempDir>
  beforeEach(() => {
    tmp = tempDir()
  })
  afterEach(() => tmp.remove())

  it('accepts an executable file and rejects plain files, directories and missing paths', () => {
    expect(isExecutableFile(tmp.file('run', 0o755))).toBe(true)
    expect(isExecutableFile(tmp.file('plain', 0o644))).toBe(false)
    const dir = path.join(tmp.dir, 'sub')
    mkdirSync(dir)
    expect(isExecutableFile(dir)).toBe(false)
    expect(isExecutableFile(path.join(tmp.dir, 'missing'))).toBe(false)
  })

  it('findOnPath returns the first directory holding the command', () => {
    const first = tmp.file('a/tool', 0o755)
    tmp.file('b/tool', 0o755)
    tmp.file('c/other', 0o755)
    const dirs = ['c', 'a', 'b'].map((d) => path.join(tmp.dir, d))
    expect(findOnPath('tool', dirs, isExecutableFile)).toBe(first)
    expect(findOnPath('absent', dirs, isExecutableFile)).toBeUndefined()
  })
})

describe('searchDirs', () => {
  it('keeps PATH order, drops empty entries and duplicates, and always ends with /usr/bin', () => {
    expect(searchDirs('/opt/x::/usr/bin:/opt/x:/bin')).toEqual(['/opt/x', '/usr/bin', '/bin'])
    expect(searchDirs('/opt/x')).toEqual(['/opt/x', '/usr/bin'])
    expect(searchDirs(undefined)).toEqual(['/usr/bin'])
  })
})

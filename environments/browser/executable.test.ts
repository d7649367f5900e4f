import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findOnPath, isExecutableFile, searchDirs } from './executable.js'
import { tempExecutables } from './temp-executables.js'

const tempDir = tempExecutables

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

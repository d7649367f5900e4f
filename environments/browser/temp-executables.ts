import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** For tests: a temp dir where fake executables (mode 0o755) and plain files (0o644) are created. */
export function tempExecutables() {
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

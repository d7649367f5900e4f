import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** shopsim's own version from its package.json, found upwards from this file (source or dist). */
export function findToolVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  return findPackage(from)?.version ?? 'unknown'
}

/** The folder holding shopsim's package.json (where `data/` is), whether running from source or dist. */
export function findPackageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  return findPackage(from)?.dir
}

function findPackage(from: string): { dir: string; version: string } | undefined {
  let dir = from
  for (;;) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      if (isShopsimPackage(pkg)) return { dir, version: pkg.version }
    } catch {
      // No package.json here: keep walking up.
    }
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

function isShopsimPackage(pkg: unknown): pkg is { name: 'shopsim'; version: string } {
  return (
    typeof pkg === 'object' &&
    pkg !== null &&
    'name' in pkg &&
    pkg.name === 'shopsim' &&
    'version' in pkg &&
    typeof pkg.version === 'string'
  )
}

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

/** DESIGN.md: traces <- rewards, traces <- environments, everything <- simulator. */
export const ALLOWED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  traces: ['traces'],
  rewards: ['traces', 'rewards'],
  environments: ['traces', 'environments'],
  simulator: ['traces', 'rewards', 'environments', 'simulator'],
}

export interface LayerViolation {
  file: string
  specifier: string
  from: string
  to: string
}

const IMPORT_PATTERN = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g

export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT_PATTERN)].map((m) => m[1] ?? '')
}

function layerOf(root: string, path: string): string | undefined {
  const top = relative(root, path).split(sep)[0]
  return top !== undefined && top in ALLOWED_IMPORTS ? top : undefined
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

/** Every relative import that reaches a layer its file may not import (tests included: they live beside code). */
export function layerViolations(root: string): LayerViolation[] {
  const violations: LayerViolation[] = []
  for (const layer of Object.keys(ALLOWED_IMPORTS)) {
    for (const file of sourceFiles(join(root, layer))) {
      for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue
        const target = resolve(dirname(file), specifier)
        const to = layerOf(root, target)
        // Imports of shared test utilities (tests/) are outside the layers and allowed.
        if (to === undefined) continue
        if (!ALLOWED_IMPORTS[layer]?.includes(to))
          violations.push({ file: relative(root, file), specifier, from: layer, to })
      }
    }
  }
  return violations
}

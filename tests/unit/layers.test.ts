import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../fixtures.js'
import { importSpecifiers, layerViolations } from './layers.js'

describe('dependency direction', () => {
  it('no module imports against DESIGN.md (traces <- rewards, traces <- environments, all <- simulator)', () => {
    expect(layerViolations(PROJECT_ROOT)).toEqual([])
  })

  it('finds an upward import, static or dynamic, when there is one', () => {
    const root = mkdtempSync(join(tmpdir(), 'shopsim-layers-'))
    for (const layer of ['traces', 'rewards', 'environments', 'simulator'])
      mkdirSync(join(root, layer, 'x'), { recursive: true })
    writeFileSync(join(root, 'traces', 'x', 'a.ts'), "import { run } from '../../simulator/runner.js'\n")
    writeFileSync(
      join(root, 'rewards', 'b.ts'),
      "const m = await import('../environments/live.js')\nimport type { S } from '../traces/schema.js'\n",
    )
    writeFileSync(join(root, 'environments', 'c.ts'), "export { r } from '../rewards/r.js'\n")
    writeFileSync(join(root, 'simulator', 'd.ts'), "import '../rewards/r.js'\nimport { z } from 'zod'\n")
    expect(
      layerViolations(root)
        .map((v) => `${v.from}->${v.to}`)
        .sort(),
    ).toEqual(['environments->rewards', 'rewards->environments', 'traces->simulator'])
  })

  it('reads every import form', () => {
    expect(
      importSpecifiers(
        "import a from './a.js'\nimport type { B } from \"./b.js\"\nexport * from './c.js'\nimport './d.js'\nawait import('./e.js')",
      ),
    ).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js'])
  })
})

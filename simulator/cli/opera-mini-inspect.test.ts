import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../tests/fixtures.js'

describe('shopsim opera inspect data/opera-mini (the README command, as a process)', () => {
  it('prints the statistics of the bundled dataset as JSON and exits 0', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join('simulator', 'cli', 'run.ts'),
        'opera',
        'inspect',
        'data/opera-mini',
        '--json',
      ],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      },
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const { stats, report } = JSON.parse(result.stdout)
    expect(stats).toMatchObject({
      sessions: 3,
      users: 1,
      userTable: 2,
      personas: 1,
      steps: 15,
      actionTypes: { click: 13, input: 1, terminate: 1 },
      clickTypes: {
        product_option: 8,
        purchase: 1,
        cart_side_bar: 1,
        page_related: 1,
        product_link: 1,
        other: 1,
      },
      outcomes: { purchase: 1, terminate: 2 },
    })
    expect(report.total).toBe(0)
  })
})

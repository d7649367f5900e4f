import { describe, expect, it } from 'vitest'
import { describeExecResult, spawnExec } from './exec.js'

const node = process.execPath

describe('spawnExec', () => {
  it('reports success', async () => {
    expect(await spawnExec(node, ['-e', 'process.exit(0)'], { timeoutMs: 5_000 })).toEqual({ kind: 'ok' })
  })

  it('reports the exit code and the output of a failing command, with the extra env applied', async () => {
    const script =
      'console.log("out " + process.env.SHOPSIM_TEST_VALUE); console.error("err"); process.exit(3)'
    const result = await spawnExec(node, ['-e', script], {
      timeoutMs: 5_000,
      env: { SHOPSIM_TEST_VALUE: 'x' },
    })
    expect(result.kind).toBe('exit')
    if (result.kind !== 'exit') return
    expect(result.code).toBe(3)
    expect(result.output).toContain('out x')
    expect(result.output).toContain('err')
  })

  it('kills a command that runs past its timeout', async () => {
    const started = Date.now()
    const result = await spawnExec(node, ['-e', 'setTimeout(() => {}, 30_000)'], { timeoutMs: 300 })
    expect(result.kind).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(describeExecResult(result, 300)).toBe('timed out after 0.3 s')
  })

  it('reports a command that does not exist', async () => {
    const result = await spawnExec('/nonexistent/shopsim-command', [], { timeoutMs: 5_000 })
    expect(result.kind).toBe('spawn-error')
    expect(describeExecResult(result, 5_000)).toContain('ENOENT')
  })
})

import { describe, expect, it } from 'vitest'
import { isShopsimError } from '../../traces/errors.js'
import { openSessionSource } from './session-source.js'
import { inShard, parseShard } from './shard.js'
import { MINI_DATASET, namedPage, writeSourceRun } from './test-runs.js'

describe('--shard i/n', () => {
  it('parses i/n and refuses anything else with E_USAGE', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 })
    for (const bad of ['4/4', '1', 'a/b', '0/0', '-1/2']) {
      expect(() => parseShard(bad)).toThrow(expect.objectContaining({ code: 'E_USAGE' }))
    }
    expect(isShopsimError(new Error('x'))).toBe(false)
  })

  it('splits ids by their hash into shards that concatenate to the whole, each id exactly once', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `user${i % 7}_2025-04-${i}`)
    const shards = [0, 1, 2].map((index) => ids.filter((id) => inShard(id, { index, count: 3 })))
    expect(shards.flat().sort()).toEqual([...ids].sort())
    for (const shard of shards) expect(shard.length).toBeGreaterThan(30)
    // By id, not position: the same id lands in the same shard whatever surrounds it.
    expect(inShard('user3_x', { index: 0, count: 3 })).toBe(inShard('user3_x', { index: 0, count: 3 }))
  })

  it('selects the same sessions from a dataset and from a run directory, shard by shard', async () => {
    const [first, second] = await Promise.all(
      [0, 1].map((index) => openSessionSource(MINI_DATASET, { shard: { index, count: 2 } })),
    )
    const firstIds = [...(first?.ids ?? [])].sort()
    const all = await openSessionSource(MINI_DATASET)
    expect(all.ids).toHaveLength(3)
    expect([...firstIds, ...(second?.ids ?? [])].sort()).toEqual([...all.ids].sort())
    const run = await writeSourceRun(Object.fromEntries(all.ids.map((id) => [id, [{ html: namedPage(0) }]])))
    const fromRun = await openSessionSource(run, { shard: { index: 0, count: 2 } })
    expect(fromRun.kind).toBe('run')
    expect([...fromRun.ids].sort()).toEqual(firstIds)
    const limited = await openSessionSource(MINI_DATASET, { limit: 2 })
    const names: string[] = []
    for await (const session of limited.sessions()) names.push(session.id)
    expect(names).toEqual(limited.ids)
  })
})

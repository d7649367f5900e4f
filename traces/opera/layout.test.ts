import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeRawOpera } from '../../tests/raw-opera.js'
import { isShopsimError } from '../errors.js'
import { detectLayout } from './layout.js'
import { openOperaDataset } from './reader.js'

const SESSION = 'u1_2025-04-14T21:52:46.756000Z_2025-04-14T21:55:50.785000Z'
let tree: string

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'shopsim-layout-'))
  const actions = [
    { session_id: SESSION, action_id: 'a', timestamp: '2025-04-14T21:53:00Z', action_type: 'terminate' },
  ]
  writeRawOpera(tree, { actions, sessions: [{ session_id: SESSION, user_id: 'u1', action_count: 1 }] })
  writeRawOpera(tree, {
    version: 'full',
    split: 'test',
    actions: [{ ...actions[0], action_type: 'scroll', scroll_detail: '{"scroll_current_top": "300"}' }],
  })
})

async function firstSession(path: string, version?: 'filtered' | 'full') {
  const dataset = await openOperaDataset(path, version ? { version } : {})
  for await (const session of dataset.sessions()) return { dataset, session }
  throw new Error('no session')
}

describe('detectLayout', () => {
  it('recognises a tree with both versions and defaults to filtered', async () => {
    const layout = detectLayout(tree)
    expect([layout.kind, layout.version, layout.versions]).toEqual(['tree', 'filtered', ['filtered', 'full']])
    expect(Object.keys(layout.splits)).toEqual(['train'])
    const full = detectLayout(tree, 'full')
    expect(Object.keys(full.splits)).toEqual(['test'])
    const { session } = await firstSession(tree, 'full')
    expect(session.steps[0]?.action).toEqual({ type: 'scroll', detail: { top: 300 } })
  })

  it('recognises a version folder given directly', () => {
    const layout = detectLayout(join(tree, 'OPeRA_full'))
    expect([layout.kind, layout.version]).toEqual(['version-folder', 'full'])
  })

  it('recognises a Hugging Face cache: hub folder, repo folder and snapshot', async () => {
    const hub = mkdtempSync(join(tmpdir(), 'shopsim-hub-'))
    const repo = join(hub, 'datasets--NEU-HAI--OPeRA')
    const revision = '0123456789abcdef0123456789abcdef01234567'
    cpSync(tree, join(repo, 'snapshots', revision), { recursive: true })
    mkdirSync(join(repo, 'refs'), { recursive: true })
    writeFileSync(join(repo, 'refs', 'main'), `${revision}\n`)
    for (const path of [hub, repo]) {
      const layout = detectLayout(path)
      expect([layout.kind, layout.revision, layout.version]).toEqual(['hf-cache', revision, 'filtered'])
    }
    expect(detectLayout(join(repo, 'snapshots', revision)).kind).toBe('tree')
    const { session } = await firstSession(hub)
    expect(session.provenance.dataset).toBe(`NEU-HAI/OPeRA@${revision}`)
  })

  it('reads a single action Parquet file', async () => {
    const file = join(tree, 'OPeRA_filtered', 'action', 'train-00000-of-00001.parquet')
    const layout = detectLayout(file)
    expect([layout.kind, layout.version]).toEqual(['action-file', 'filtered'])
    const { session } = await firstSession(file)
    expect(session.id).toBe(SESSION)
    expect(session.userId).toBe('u1')
  })

  it('says what to point at when the path is no dataset', () => {
    const empty = mkdtempSync(join(tmpdir(), 'shopsim-empty-'))
    writeFileSync(join(empty, 'notes.txt'), 'hi')
    for (const path of [empty, join(empty, 'notes.txt'), join(empty, 'missing')]) {
      try {
        detectLayout(path)
        expect.unreachable()
      } catch (error) {
        expect(isShopsimError(error, 'E_DATASET_LAYOUT')).toBe(true)
        expect((error as { hint?: string }).hint).toBeTruthy()
      }
    }
    expect(() => detectLayout(tree, 'full')).not.toThrow()
    const filteredOnly = mkdtempSync(join(tmpdir(), 'shopsim-fo-'))
    writeRawOpera(filteredOnly, { actions: [{ session_id: SESSION, action_type: 'terminate' }] })
    expect(() => detectLayout(filteredOnly, 'full')).toThrow(/no OPeRA_full folder/)
  })
})

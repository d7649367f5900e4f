import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  type ActionRow,
  actionColumns,
  type DatasetVersion,
  type Split,
  USER_COLUMNS,
  versionFolder,
} from '../traces/opera/columns.js'
import { ParquetSink } from '../traces/opera/parquet-sink.js'

/** Raw tables for tests that need rows our writer would never produce (bad JSON, unknown types). */
export interface RawTables {
  version?: DatasetVersion
  split?: Split
  actions: ActionRow[]
  sessions?: { session_id: string; user_id: string; action_count: number }[]
  users?: Record<string, string | null>[]
  images?: { name: string; bytes: Uint8Array }[]
  rowGroupSize?: number
  /** Split the action rows over this many shard files. */
  shards?: number
}

export function writeRawOpera(root: string, tables: RawTables): { actionFiles: string[] } {
  const version = tables.version ?? 'filtered'
  const split = tables.split ?? 'train'
  const dir = join(root, versionFolder(version))
  const shards = tables.shards ?? 1
  const perShard = Math.ceil(tables.actions.length / shards)
  const actionFiles: string[] = []
  mkdirSync(join(dir, 'action'), { recursive: true })
  for (let s = 0; s < shards; s++) {
    const path = join(
      dir,
      'action',
      `${split}-${String(s).padStart(5, '0')}-of-${String(shards).padStart(5, '0')}.parquet`,
    )
    const sink = new ParquetSink(
      path,
      actionColumns(version).map((c) => [c, 'string'] as const),
      tables.rowGroupSize ?? 100,
    )
    for (const row of tables.actions.slice(s * perShard, (s + 1) * perShard)) sink.push(row)
    sink.close()
    actionFiles.push(path)
  }
  if (tables.sessions) {
    mkdirSync(join(dir, 'session', split), { recursive: true })
    const sink = new ParquetSink(
      join(dir, 'session', split, `${split}.parquet`),
      [
        ['session_id', 'string'],
        ['user_id', 'string'],
        ['action_count', 'int64'],
      ],
      100,
    )
    for (const row of tables.sessions) sink.push({ ...row, action_count: BigInt(row.action_count) })
    sink.close()
  }
  if (tables.users) {
    mkdirSync(join(dir, 'user', split), { recursive: true })
    const sink = new ParquetSink(
      join(dir, 'user', split, `${split}.parquet`),
      USER_COLUMNS.map((c) => [c, 'string'] as const),
      100,
    )
    for (const row of tables.users) sink.push(row)
    sink.close()
  }
  if (tables.images) {
    mkdirSync(join(dir, 'images'), { recursive: true })
    const sink = new ParquetSink(
      join(dir, 'images', `${split}-00000-of-00001.parquet`),
      [
        ['image', 'image'],
        ['image_name', 'string'],
      ],
      100,
    )
    for (const image of tables.images)
      sink.push({ image: { bytes: image.bytes, path: image.name }, image_name: image.name })
    sink.close()
  }
  return { actionFiles }
}

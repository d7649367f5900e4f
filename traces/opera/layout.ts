import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { ShopsimError } from '../errors.js'
import { type DatasetVersion, SPLITS, type Split, versionFolder } from './columns.js'

/** The Parquet files of one split of one version. Missing tables are absent, not errors. */
export interface SplitFiles {
  action: string[]
  image: string[]
  session: string[]
  user: string[]
}

export type LayoutKind = 'tree' | 'hf-cache' | 'version-folder' | 'action-file'

export interface DatasetLayout {
  kind: LayoutKind
  /** The folder holding OPeRA_filtered / OPeRA_full (or the file itself for an action file). */
  root: string
  version: DatasetVersion
  /** Versions present under the root. */
  versions: DatasetVersion[]
  splits: Partial<Record<Split, SplitFiles>>
  /** For a Hugging Face cache: the snapshot revision used. */
  revision?: string
}

const HF_REPO_FOLDER = 'datasets--NEU-HAI--OPeRA'

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function parquetFiles(dir: string, prefix?: string): string[] {
  if (!isDir(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.parquet') && (prefix === undefined || f.startsWith(prefix)))
    .sort()
    .map((f) => join(dir, f))
}

/** Files of a split: `action/train-*.parquet` and `session/train/train.parquet` (also tolerates flat `session/train-*.parquet`). */
function splitFiles(versionDir: string, split: Split): SplitFiles {
  const table = (name: string) => [
    ...parquetFiles(join(versionDir, name, split)),
    ...parquetFiles(join(versionDir, name), `${split}-`),
    ...parquetFiles(join(versionDir, name), `${split}.`),
  ]
  return { action: table('action'), image: table('images'), session: table('session'), user: table('user') }
}

function versionsUnder(root: string): DatasetVersion[] {
  return (['filtered', 'full'] as const).filter((v) => isDir(join(root, versionFolder(v))))
}

function snapshotOf(repoDir: string): { dir: string; revision: string } | undefined {
  const snapshots = join(repoDir, 'snapshots')
  if (!isDir(snapshots)) return undefined
  const refMain = join(repoDir, 'refs', 'main')
  if (existsSync(refMain)) {
    const revision = readFileSync(refMain, 'utf8').trim()
    if (isDir(join(snapshots, revision))) return { dir: join(snapshots, revision), revision }
  }
  // No ref: take the most recently written snapshot.
  const revisions = readdirSync(snapshots)
    .filter((r) => isDir(join(snapshots, r)))
    .sort((a, b) => statSync(join(snapshots, b)).mtimeMs - statSync(join(snapshots, a)).mtimeMs)
  const revision = revisions[0]
  return revision === undefined ? undefined : { dir: join(snapshots, revision), revision }
}

function fromRoot(
  kind: LayoutKind,
  root: string,
  wanted: DatasetVersion | undefined,
  revision?: string,
): DatasetLayout | undefined {
  const versions = versionsUnder(root)
  if (versions.length === 0) return undefined
  const version = wanted ?? versions[0] ?? 'filtered'
  if (!versions.includes(version)) {
    throw new ShopsimError(
      'E_DATASET_LAYOUT',
      `${root} has no ${versionFolder(version)} folder (it has ${versions.map(versionFolder).join(', ')})`,
      `Pick one of: ${versions.join(', ')}.`,
    )
  }
  const versionDir = join(root, versionFolder(version))
  const splits: Partial<Record<Split, SplitFiles>> = {}
  for (const split of SPLITS) {
    const files = splitFiles(versionDir, split)
    if (Object.values(files).some((list) => list.length > 0)) splits[split] = files
  }
  return { kind, root, version, versions, splits, ...(revision === undefined ? {} : { revision }) }
}

/**
 * Recognises an OPeRA tree (a folder with OPeRA_filtered / OPeRA_full), one version folder itself,
 * a Hugging Face cache of NEU-HAI/OPeRA (the hub folder, the repo folder or a snapshot), or a single
 * action Parquet file.
 */
export function detectLayout(path: string, version?: DatasetVersion): DatasetLayout {
  const target = resolve(path)
  if (!existsSync(target)) {
    throw new ShopsimError(
      'E_DATASET_LAYOUT',
      `${path} does not exist`,
      'Give the path of an OPeRA download.',
    )
  }
  if (!isDir(target)) {
    if (!target.endsWith('.parquet')) {
      throw new ShopsimError(
        'E_DATASET_LAYOUT',
        `${path} is a file but not a .parquet file`,
        'Give an OPeRA folder, a Hugging Face cache folder, or one action Parquet file.',
      )
    }
    const split: Split = basename(target).startsWith('test') ? 'test' : 'train'
    return {
      kind: 'action-file',
      root: target,
      version: version ?? 'filtered',
      versions: [],
      splits: { [split]: { action: [target], image: [], session: [], user: [] } },
    }
  }

  const tree = fromRoot('tree', target, version)
  if (tree) return tree

  const name = basename(target)
  if (name === 'OPeRA_filtered' || name === 'OPeRA_full') {
    const parentLayout = fromRoot(
      'version-folder',
      resolve(target, '..'),
      name === 'OPeRA_full' ? 'full' : 'filtered',
    )
    if (parentLayout) return parentLayout
  }

  const repoDir = name === HF_REPO_FOLDER ? target : join(target, HF_REPO_FOLDER)
  const snapshot = snapshotOf(repoDir)
  if (snapshot) {
    const cached = fromRoot('hf-cache', snapshot.dir, version, snapshot.revision)
    if (cached) return cached
  }
  // A snapshot folder given directly sits under `snapshots/`: it is a plain tree, handled above.

  throw new ShopsimError(
    'E_DATASET_LAYOUT',
    `${path} holds no OPeRA_filtered or OPeRA_full folder, no ${HF_REPO_FOLDER} cache and is no Parquet file`,
    'Point at the folder you downloaded NEU-HAI/OPeRA into, your Hugging Face cache (~/.cache/huggingface/hub), or an action Parquet file.',
  )
}

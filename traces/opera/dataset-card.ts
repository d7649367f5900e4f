import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DATASET_VERSIONS, type DatasetVersion, SPLITS, versionFolder } from './columns.js'

const TABLES = [
  { table: 'action', folder: 'action', glob: (split: string) => `${split}-*` },
  { table: 'image', folder: 'images', glob: (split: string) => `${split}-*` },
  { table: 'session', folder: 'session', glob: (split: string) => `${split}/${split}.parquet` },
  { table: 'user', folder: 'user', glob: (split: string) => `${split}/${split}.parquet` },
] as const

function hasFiles(dir: string, split: string, table: (typeof TABLES)[number]): boolean {
  if (table.folder === 'session' || table.folder === 'user')
    return existsSync(join(dir, table.folder, split, `${split}.parquet`))
  const folder = join(dir, table.folder)
  return (
    existsSync(folder) && readdirSync(folder).some((f) => f.startsWith(`${split}-`) && f.endsWith('.parquet'))
  )
}

/**
 * A Hugging Face dataset card whose `configs:` name every table present, so `load_dataset(dir,
 * "filtered_action")` finds the files exactly as it does for NEU-HAI/OPeRA.
 */
export function datasetCard(root: string, description: string): string {
  const lines = ['---', 'configs:']
  const present: DatasetVersion[] = []
  for (const version of DATASET_VERSIONS) {
    const dir = join(root, versionFolder(version))
    if (!existsSync(dir)) continue
    present.push(version)
    for (const table of TABLES) {
      const splits = SPLITS.filter((split) => hasFiles(dir, split, table))
      if (splits.length === 0) continue
      lines.push(`- config_name: ${version}_${table.table}`, '  data_files:')
      for (const split of splits) {
        lines.push(
          `  - split: ${split}`,
          `    path: ${versionFolder(version)}/${table.folder}/${table.glob(split)}`,
        )
      }
    }
  }
  lines.push('license: cc-by-4.0', 'language:', '- en', '---', '')
  lines.push('# OPeRA-format dataset', '', description.trim(), '')
  lines.push(
    `Versions: ${present.join(', ')}. Layout and columns follow NEU-HAI/OPeRA; every action column is a string.`,
    '',
  )
  return lines.join('\n')
}

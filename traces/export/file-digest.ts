import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { WrittenFile } from './written-file.js'

/** Size and SHA-256 of one file, streamed. */
export async function fileDigest(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return { bytes: (await stat(path)).size, sha256: hash.digest('hex') }
}

/** Every file under `root` (sorted by path, `/`-separated), with its size and hash: for formats written whole. */
export async function digestTree(
  root: string,
  skip: (rel: string) => boolean = () => false,
): Promise<WrittenFile[]> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((rel) => !skip(rel))
    .sort()
  const files: WrittenFile[] = []
  for (const rel of names) files.push({ path: rel, ...(await fileDigest(join(root, rel))) })
  return files
}

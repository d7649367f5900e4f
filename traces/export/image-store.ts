import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

export const IMAGES_DIR = 'images'
const NAME = /^[0-9a-f]{32}\.(jpg|png|webp)$/

/**
 * Image files beside an export, named by their content (`images/<sha-256 prefix>.<ext>`): names never
 * come from data, the same screenshot is stored once, and an interrupted export rewrites the same names.
 */
export class ImageStore {
  private ready = false

  constructor(private readonly root: string) {}

  /**
   * Stores the bytes (once) and returns their path relative to the export directory. Synchronous: through
   * libuv's thread pool the writes would queue behind sharp's encodes.
   */
  put(bytes: Uint8Array, ext: 'jpg' | 'png' | 'webp'): string {
    const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.${ext}`
    const dir = join(this.root, IMAGES_DIR)
    if (!this.ready) mkdirSync(dir, { recursive: true })
    this.ready = true
    const path = join(dir, name)
    if (!existsSync(path)) {
      // Written whole under a temporary name: an image file that exists is complete.
      const temp = `${path}.${process.pid}.tmp`
      writeFileSync(temp, bytes)
      renameSync(temp, path)
    }
    return `${IMAGES_DIR}/${name}`
  }
}

/**
 * The image files of an export directory and one hash over their names, sorted. The names are content
 * hashes, so this hash changes whenever any image's bytes do.
 */
export async function imageInventory(root: string): Promise<{ count: number; sha256: string }> {
  let names: string[] = []
  try {
    names = (await readdir(join(root, IMAGES_DIR))).filter((n) => NAME.test(n)).sort()
  } catch {
    // No images directory: no images.
  }
  return { count: names.length, sha256: createHash('sha256').update(names.join('\n')).digest('hex') }
}

/**
 * Removes what an interrupted image write left (temporary files) before an export is committed, and the
 * images folder itself when nothing is left in it.
 */
export async function sweepImageTemps(root: string): Promise<void> {
  const dir = join(root, IMAGES_DIR)
  if (!existsSync(dir)) return
  for (const name of await readdir(dir)) if (!NAME.test(name)) await rm(join(dir, name), { force: true })
  if ((await readdir(dir)).length === 0) await rm(dir, { recursive: true, force: true })
}

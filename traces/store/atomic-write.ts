import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temp files start with `.` and end with this, so a resume can sweep what a crash left. */
export const TEMP_SUFFIX = '.tmp'

/** Writes to a temp name in the same directory, then renames: readers never see half a file. */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  durable: boolean,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`)
  try {
    const handle = await open(temp, 'w')
    try {
      await handle.writeFile(data)
      // Without this a power loss can leave the renamed file empty.
      if (durable) await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Appends one line with a single write on an O_APPEND descriptor, so a kill tears at most this line. */
export async function appendLine(path: string, line: string, durable: boolean): Promise<void> {
  const bytes = Buffer.from(`${line}\n`, 'utf8')
  const handle = await open(path, 'a')
  try {
    let written = 0
    // One write in practice; the loop only covers the short writes POSIX allows (full disk, signals).
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written)
      written += bytesWritten
    }
    if (durable) await handle.sync()
  } finally {
    await handle.close()
  }
}

import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, writeSync } from 'node:fs'

const BATCH_CHARS = 1 << 20

/**
 * One chunk's JSON lines, written as they come in batches of about a megabyte. Writes are synchronous, as
 * hyparquet-writer's are: through libuv's thread pool they would queue behind sharp's encodes.
 */
export class JsonlPart {
  private fd: number | undefined
  private pending: string[] = []
  private pendingChars = 0

  constructor(readonly path: string) {}

  async push(row: unknown, _bytes?: number): Promise<void> {
    const line = `${JSON.stringify(row)}\n`
    this.pending.push(line)
    this.pendingChars += line.length
    if (this.pendingChars >= BATCH_CHARS) this.flush()
  }

  private flush(): void {
    this.fd ??= openSync(this.path, 'w')
    if (this.pending.length === 0) return
    const bytes = Buffer.from(this.pending.join(''), 'utf8')
    this.pending = []
    this.pendingChars = 0
    let written = 0
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written)
  }

  async close(): Promise<void> {
    this.flush()
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}

/** Concatenates files into `out`, streamed, and returns its size and SHA-256. */
export function concatenateFiles(parts: readonly string[], out: string): { bytes: number; sha256: string } {
  const hash = createHash('sha256')
  const target = openSync(out, 'w')
  const block = Buffer.allocUnsafe(1 << 20)
  let bytes = 0
  try {
    for (const part of parts) {
      const source = openSync(part, 'r')
      try {
        for (let read = readSync(source, block); read > 0; read = readSync(source, block)) {
          const chunk = block.subarray(0, read)
          hash.update(chunk)
          let written = 0
          while (written < read) written += writeSync(target, chunk, written, read - written)
          bytes += read
        }
      } finally {
        closeSync(source)
      }
    }
  } finally {
    closeSync(target)
  }
  return { bytes, sha256: hash.digest('hex') }
}

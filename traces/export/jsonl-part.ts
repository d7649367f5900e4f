import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, writeSync } from 'node:fs'

const BATCH_BYTES = 1 << 22
const NEWLINE = 0x0a

/**
 * One chunk's JSON lines, encoded straight into one reused buffer and written when it fills (about every
 * 4 MB). Joining the lines and encoding the result made two fresh copies of every page's text, which cost
 * more than the encoding itself. Writes are synchronous, as hyparquet-writer's are: through libuv's thread
 * pool they would queue behind sharp's encodes.
 */
export class JsonlPart {
  private fd: number | undefined
  private batch: Buffer | undefined
  private used = 0

  constructor(readonly path: string) {}

  async push(row: unknown, _bytes?: number): Promise<void> {
    const json = JSON.stringify(row)
    // UTF-8 takes at most three bytes per UTF-16 unit; checking that bound avoids measuring the text.
    const worst = json.length * 3 + 1
    this.batch ??= Buffer.allocUnsafe(BATCH_BYTES)
    if (this.used + worst > this.batch.length) this.flush()
    if (worst > this.batch.length) {
      this.writeAll(Buffer.from(`${json}\n`, 'utf8'))
      return
    }
    this.used += this.batch.write(json, this.used, 'utf8')
    this.batch[this.used++] = NEWLINE
  }

  private flush(): void {
    this.fd ??= openSync(this.path, 'w')
    if (this.batch === undefined || this.used === 0) return
    this.writeAll(this.batch.subarray(0, this.used))
    this.used = 0
  }

  private writeAll(bytes: Buffer): void {
    this.fd ??= openSync(this.path, 'w')
    let written = 0
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written)
  }

  async close(): Promise<void> {
    this.flush()
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    this.batch = undefined
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

import { createHash, type Hash } from 'node:crypto'
import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import { ByteWriter } from 'hyparquet-writer'

const FLUSH_BYTES = 1 << 20
const COPY_BYTES = 1 << 20

/**
 * A hyparquet-writer `Writer` that streams to a file a megabyte at a time and hashes what it writes.
 * `appendFileRange` copies bytes of another file without holding them: how Parquet parts are merged.
 */
export class HashingFileWriter extends ByteWriter {
  private readonly fd: number
  private readonly hash: Hash = createHash('sha256')
  private closed = false

  constructor(readonly path: string) {
    super(FLUSH_BYTES * 2)
    this.fd = openSync(path, 'w')
  }

  override ensure(size: number): void {
    if (this.index > FLUSH_BYTES) this.flushBuffer()
    super.ensure(size)
  }

  private flushBuffer(): void {
    if (this.index === 0) return
    const bytes = new Uint8Array(this.buffer, 0, this.index)
    this.write(bytes)
    this.index = 0
  }

  private write(bytes: Uint8Array): void {
    this.hash.update(bytes)
    let written = 0
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written)
  }

  /** Appends bytes [start, end) of the file at `path`, streamed. */
  appendFileRange(path: string, start: number, end: number): void {
    this.flushBuffer()
    const source = openSync(path, 'r')
    try {
      const block = Buffer.allocUnsafe(COPY_BYTES)
      for (let at = start; at < end; ) {
        const read = readSync(source, block, 0, Math.min(COPY_BYTES, end - at), at)
        if (read === 0) throw new Error(`${path} ended at ${at} bytes, before ${end}`)
        this.write(block.subarray(0, read))
        at += read
      }
    } finally {
      closeSync(source)
    }
    this.offset += end - start
  }

  override finish(): void {
    this.flushBuffer()
    if (!this.closed) closeSync(this.fd)
    this.closed = true
  }

  /** Hex SHA-256 of everything written; call after `finish`. */
  digest(): string {
    return this.hash.digest('hex')
  }
}

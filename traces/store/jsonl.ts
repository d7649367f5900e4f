/** A JSON value read from one line; `line` is 1-based. */
export interface JsonlRecord {
  line: number
  value: unknown
}

export interface JsonlInvalidLine {
  line: number
  message: string
}

/** The end of the file that a killed writer left: an unterminated line, or an unparsable last line. */
export interface TornTail {
  line: number
  bytes: number
}

export interface JsonlParse {
  records: JsonlRecord[]
  /** Lines before the tail that are not JSON; they are kept on disk and reported, never dropped. */
  invalid: JsonlInvalidLine[]
  tornTail: TornTail | undefined
  /** Length in bytes of the file without its torn tail: where a resumed writer truncates to. */
  validBytes: number
}

const NEWLINE = 0x0a

/**
 * Parses JSON Lines. A line counts once its newline is written, so bytes after the last newline are the
 * line in flight. An unparsable last line is treated the same way: it can only be the tail of a write
 * that did not finish (e.g. a file extended with zeros after a power loss). Blank lines are skipped.
 */
export function parseJsonl(bytes: Uint8Array): JsonlParse {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const terminated = buffer.lastIndexOf(NEWLINE) + 1
  const body = buffer.subarray(0, terminated).toString('utf8')
  const texts = body === '' ? [] : body.slice(0, -1).split('\n')
  const records: JsonlRecord[] = []
  const invalid: JsonlInvalidLine[] = []
  let validBytes = terminated
  let tornTail: TornTail | undefined =
    terminated < buffer.length ? { line: texts.length + 1, bytes: buffer.length - terminated } : undefined

  texts.forEach((text, i) => {
    const line = i + 1
    if (text.trim() === '') return
    try {
      records.push({ line, value: JSON.parse(text) })
    } catch (error) {
      if (line === texts.length && tornTail === undefined) {
        const bytes = Buffer.byteLength(text, 'utf8') + 1
        tornTail = { line, bytes }
        validBytes -= bytes
      } else {
        invalid.push({ line, message: error instanceof Error ? error.message : String(error) })
      }
    }
  })
  return { records, invalid, tornTail, validBytes }
}

/**
 * Tokenises straight to small integer ids (rewards.md tokenisation: lowercase, split on every run of
 * characters other than [a-z0-9]). Scoring spends most of its time here, so known tokens are found by an
 * FNV hash computed while scanning and confirmed with startsWith: no substring and no Map lookup per token.
 * The table is shared by every call and cleared when it grows past a bound, so a service cannot leak.
 */
const MAX_TOKENS = 1 << 16
const TABLE_SIZE = MAX_TOKENS * 4
const TABLE_MASK = TABLE_SIZE - 1

// Open addressing: id + 1 per slot, 0 when empty.
const table = new Int32Array(TABLE_SIZE)
const tokens: string[] = []

const isTokenChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57)

function intern(lower: string, start: number, end: number, hash: number): number {
  const length = end - start
  let slot = hash & TABLE_MASK
  for (;;) {
    const entry = table[slot] as number
    if (entry === 0) break
    const token = tokens[entry - 1] as string
    if (token.length === length && sameToken(token, lower, start)) return entry - 1
    slot = (slot + 1) & TABLE_MASK
  }
  if (tokens.length >= MAX_TOKENS) {
    // Callers notice the new generation and tokenise again, so no stale id is ever compared.
    table.fill(0)
    tokens.length = 0
    generation++
    return intern(lower, start, end, hash)
  }
  tokens.push(lower.slice(start, end).toLowerCase())
  table[slot] = tokens.length
  return tokens.length - 1
}

// Reusable outputs: slots 0 and 1 for the two texts of a pair, 2 for tokenIds' scratch.
const buffers = [new Int32Array(256), new Int32Array(256), new Int32Array(256)]
let generation = 0

/** Changes whenever the table is cleared: ids from before are meaningless after. */
export function tokenGeneration(): number {
  return generation
}

/** The ids of `text`'s tokens; valid while tokenGeneration() is unchanged. */
export function tokenIds(text: string): Int32Array {
  const count = tokenizeInto(text, 2)
  return (buffers[2] as Int32Array).slice(0, count)
}

/**
 * Tokenises into reusable buffer `slot` (0 or 1) and returns the count; read the ids with tokenBuffer(slot)
 * before the next call for the same slot. The allocation-free path of rougeL.
 */
export function tokenIdsInto(text: string, slot: 0 | 1, start = 0, end = text.length): number {
  return tokenizeInto(text, slot, start, end)
}

export function tokenBuffer(slot: 0 | 1): Int32Array {
  return buffers[slot] as Int32Array
}

function tokenizeInto(text: string, slot: number, start = 0, end = text.length): number {
  // A text has at most (length + 1) / 2 tokens.
  if ((buffers[slot] as Int32Array).length < text.length) buffers[slot] = new Int32Array(text.length * 2)
  const target = buffers[slot] as Int32Array
  const before = generation
  let count = scanTokens(text, target, false, start, end)
  // ASCII folds case in the scan; other characters may lowercase into [a-z] (the Kelvin sign, İ), so text
  // holding any goes the long way through toLowerCase (which may change its length: slice first).
  if (count < 0) {
    const lower = text.slice(start, end).toLowerCase()
    count = scanTokens(lower, target, true, 0, lower.length)
  }
  // Cleared mid-scan: the earlier ids are stale, and a fresh table has room for the whole text.
  return generation === before ? count : tokenizeInto(text, slot, start, end)
}

/** Writes the ids of text's tokens into target; -1 when it meets a non-ASCII character and may not. */
function scanTokens(
  lower: string,
  target: Int32Array,
  allowNonAscii: boolean,
  from: number,
  length: number,
): number {
  let count = 0
  let start = -1
  let hash = 0
  for (let i = from; i < length; i++) {
    let code = lower.charCodeAt(i)
    if (code >= 65 && code <= 90) code += 32
    else if (code > 127 && !allowNonAscii) return -1
    if (isTokenChar(code)) {
      if (start < 0) {
        start = i
        hash = 0x811c9dc5
      }
      hash = Math.imul(hash ^ code, 0x01000193)
    } else if (start >= 0) {
      target[count++] = intern(lower, start, i, hash >>> 0)
      start = -1
    }
  }
  if (start >= 0) target[count++] = intern(lower, start, length, hash >>> 0)
  return count
}

/** Compares a stored (lowercase) token with text[start, start + length), folding ASCII upper case. */
function sameToken(token: string, text: string, start: number): boolean {
  for (let k = 0; k < token.length; k++) {
    let code = text.charCodeAt(start + k)
    if (code >= 65 && code <= 90) code += 32
    if (code !== token.charCodeAt(k)) return false
  }
  return true
}

/** Upper bound of the ids in use, for sizing per-id arrays. */
export function tokenIdLimit(): number {
  return MAX_TOKENS
}

/**
 * ROUGE-L over tokens, written here so scoring has no dependency. Tokens follow rewards.md: lowercase, then
 * split on every run of characters other than [a-z0-9], so `refinements.customer_reviews` gives
 * `refinements customer reviews`.
 */
import { tokenBuffer, tokenGeneration, tokenIdLimit, tokenIds, tokenIdsInto } from './token-ids.js'

const isTokenChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57)

/** The tokens as strings, for callers and tests; scoring itself goes through token-ids.ts. */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase()
  const tokens: string[] = []
  let start = -1
  for (let i = 0; i < lower.length; i++) {
    if (isTokenChar(lower.charCodeAt(i))) {
      if (start < 0) start = i
    } else if (start >= 0) {
      tokens.push(lower.slice(start, i))
      start = -1
    }
  }
  if (start >= 0) tokens.push(lower.slice(start))
  return tokens
}

// Reused across calls: scoring is synchronous, so one pair of rows per process is enough.
let previousRow = new Int32Array(64)
let currentRow = new Int32Array(64)

/**
 * Length of the longest common subsequence, with two rows of the DP table instead of the whole table.
 * Tokens compare with ===, which for short strings costs about as much as comparing interned ids.
 */
export function lcsLength<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a]
  const width = shorter.length + 1
  if (previousRow.length < width) {
    previousRow = new Int32Array(width * 2)
    currentRow = new Int32Array(width * 2)
  }
  let prev = previousRow
  let curr = currentRow
  prev.fill(0, 0, width)
  curr[0] = 0
  for (let i = 0; i < longer.length; i++) {
    const token = longer[i]
    for (let j = 1; j < width; j++) {
      if (shorter[j - 1] === token) curr[j] = (prev[j - 1] as number) + 1
      else {
        const up = prev[j] as number
        const left = curr[j - 1] as number
        curr[j] = Math.max(up, left)
      }
    }
    const swap = prev
    prev = curr
    curr = swap
  }
  return prev[width - 1] as number
}

// Per token id: the call that last used it and its slot in that call's match masks.
const slotStamp = new Int32Array(tokenIdLimit())
const slotOf = new Int32Array(tokenIdLimit())
let stamp = 0

let masks = new Int32Array(256)
let state = new Int32Array(8)

/**
 * Length of the LCS by the bit-parallel method of Allison–Dix / Hyyrö: one bit per token of the shorter
 * sequence, in 32-bit words, so each token of the longer one costs a few word operations. Tokens absent
 * from the shorter sequence leave the state unchanged and are skipped.
 */
export function lcsLengthOfIds(a: Int32Array, b: Int32Array): number {
  return lcsOfIdPrefixes(a, a.length, b, b.length)
}

/** LCS of a[0, aLength) and b[0, bLength), so reusable buffers need no views. */
function lcsOfIdPrefixes(a: Int32Array, aLength: number, b: Int32Array, bLength: number): number {
  const longer = aLength >= bLength ? a : b
  const longerLength = Math.max(aLength, bLength)
  const shorter = aLength >= bLength ? b : a
  const m = Math.min(aLength, bLength)
  if (m === 0) return 0
  const words = (m + 31) >>> 5
  stamp = (stamp + 1) | 0
  if (stamp === 0) {
    slotStamp.fill(0)
    stamp = 1
  }
  if (masks.length < m * words) masks = new Int32Array(m * words * 2)
  if (state.length < words) state = new Int32Array(words * 2)
  let slots = 0
  for (let i = 0; i < m; i++) {
    const id = shorter[i] as number
    let slot: number
    if (slotStamp[id] === stamp) slot = slotOf[id] as number
    else {
      slot = slots++
      slotStamp[id] = stamp
      slotOf[id] = slot
      masks.fill(0, slot * words, slot * words + words)
    }
    const index = slot * words + (i >>> 5)
    masks[index] = (masks[index] as number) | (1 << (i & 31))
  }
  state.fill(-1, 0, words)
  for (let j = 0; j < longerLength; j++) {
    const id = longer[j] as number
    if (slotStamp[id] !== stamp) continue
    const base = (slotOf[id] as number) * words
    let carry = 0
    for (let w = 0; w < words; w++) {
      const v = (state[w] as number) >>> 0
      const u = (v & (masks[base + w] as number)) >>> 0
      const sum = v + u + carry
      carry = sum > 0xffffffff ? 1 : 0
      state[w] = (sum >>> 0) | (v & ~u)
    }
  }
  let ones = 0
  for (let w = 0; w < words; w++) {
    const tail = m & 31
    const word = state[w] as number
    ones += popcount(w === words - 1 && tail !== 0 ? word & ((1 << tail) - 1) : word)
  }
  return m - ones
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555)
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333)
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/**
 * F-measure (β = 1) from an LCS length and the two sequence lengths; 0 when either side is empty.
 * 2PR/(P+R) simplifies to 2·lcs/(m+n), which also keeps 0.75 exactly 0.75 at the threshold.
 */
export function rougeLFromLengths(lcs: number, lengthA: number, lengthB: number): number {
  if (lcs === 0 || lengthA === 0 || lengthB === 0) return 0
  return (2 * lcs) / (lengthA + lengthB)
}

/** ROUGE-L of two lists already tokenised by tokenize() (tokens hold no separators). */
export function rougeLTokens(a: readonly string[], b: readonly string[]): number {
  return rougeL(a.join(' '), b.join(' '))
}

/** LCS length of two lists already tokenised by tokenize(), by the bit-parallel method. */
export function lcsLengthBitParallel(a: readonly string[], b: readonly string[]): number {
  const ids = tokenIds(`${a.join(' ')} ${b.join(' ')}`)
  return lcsLengthOfIds(ids.subarray(0, a.length), ids.subarray(a.length))
}

/** ROUGE-L F-measure of two strings under the rewards.md tokenisation. */
export function rougeL(a: string, b: string): number {
  // Copied names are the common case in real outputs: one scan instead of two scans and an LCS.
  if (a === b) return tokenIdsInto(a, 0) > 0 ? 1 : 0
  // Near-copies share long runs at both ends; those tokens are in the LCS for certain, so only the middles
  // are tokenised and compared.
  const ends = sharedEnds(a, b)
  const before = tokenGeneration()
  let middleA = tokenIdsInto(a, 0, ends.prefix, a.length - ends.suffix)
  const middleB = tokenIdsInto(b, 1, ends.prefix, b.length - ends.suffix)
  if (tokenGeneration() !== before) middleA = tokenIdsInto(a, 0, ends.prefix, a.length - ends.suffix)
  const lengthA = middleA + ends.tokens
  const lengthB = middleB + ends.tokens
  if (lengthA === 0 || lengthB === 0) return 0
  const lcs =
    ends.tokens +
    (middleA === 0 || middleB === 0 ? 0 : lcsOfIdPrefixes(tokenBuffer(0), middleA, tokenBuffer(1), middleB))
  return rougeLFromLengths(lcs, lengthA, lengthB)
}

const isAsciiTokenChar = (code: number): boolean => isTokenChar(code) || (code >= 65 && code <= 90)
const isAsciiSeparator = (code: number): boolean => code < 128 && !isAsciiTokenChar(code)

const NO_SHARED_ENDS = { prefix: 0, suffix: 0, tokens: 0 }

/**
 * The longest common prefix and suffix of a and b that end (prefix) or start (suffix) on an ASCII separator,
 * and the number of tokens they hold. Cutting on an ASCII separator never splits a token, whatever the rest of
 * the text lowercases to, so tokens(a) = tokens(prefix) + tokens(middle) + tokens(suffix). Ends holding
 * non-ASCII characters are not trimmed (their token count would need the long lowercase path).
 */
function sharedEnds(a: string, b: string): { prefix: number; suffix: number; tokens: number } {
  const limit = Math.min(a.length, b.length)
  let same = 0
  while (same < limit && a.charCodeAt(same) === b.charCodeAt(same)) same++
  let prefix = same
  while (prefix > 0 && !isAsciiSeparator(a.charCodeAt(prefix - 1))) prefix--
  let same2 = 0
  const room = limit - prefix
  while (same2 < room && a.charCodeAt(a.length - 1 - same2) === b.charCodeAt(b.length - 1 - same2)) same2++
  let suffix = same2
  while (suffix > 0 && !isAsciiSeparator(a.charCodeAt(a.length - suffix))) suffix--
  if (prefix === 0 && suffix === 0) return NO_SHARED_ENDS
  const prefixTokens = asciiTokenCount(a, 0, prefix)
  const suffixTokens = asciiTokenCount(a, a.length - suffix, a.length)
  if (prefixTokens < 0 || suffixTokens < 0) return NO_SHARED_ENDS
  return { prefix, suffix, tokens: prefixTokens + suffixTokens }
}

/** Tokens in text[start, end), or -1 when it holds a non-ASCII character. */
function asciiTokenCount(text: string, start: number, end: number): number {
  let count = 0
  let inToken = false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 128) return -1
    const token = isAsciiTokenChar(code)
    if (token && !inToken) count++
    inToken = token
  }
  return count
}

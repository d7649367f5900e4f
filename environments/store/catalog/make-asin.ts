import type { SeededRandom } from '../../../traces/seeded-random.js'

const ASIN_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
export const ASIN_PATTERN = /^B0[0-9A-Z]{8}$/

/** An amazon-like product id: "B0" and eight characters, never one already taken. */
export function makeAsin(random: SeededRandom, taken: ReadonlySet<string>): string {
  for (;;) {
    let asin = 'B0'
    for (let i = 0; i < 8; i++) asin += ASIN_CHARS[random.int(0, ASIN_CHARS.length - 1)]
    if (!taken.has(asin)) return asin
  }
}

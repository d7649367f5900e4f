import { SeededRandom } from '../../traces/seeded-random.js'

/**
 * A clock that moves forward by a seeded, person-like pause (about 1 to 12 s) each time it is read. A run
 * that reads it in the same order (one session at a time) gets the same timestamps every time.
 */
export function seededClock(start: string, seed: number): () => Date {
  const random = new SeededRandom(seed)
  let now = Date.parse(start)
  return () => {
    now += Math.round(Math.min(12_000, Math.max(900, random.logNormal(3500, 0.6))))
    return new Date(now)
  }
}

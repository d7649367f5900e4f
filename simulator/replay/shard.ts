import { ShopsimError } from '../../traces/errors.js'
import { hashText } from '../../traces/seeded-random.js'

/** One shard of a sharded run: this process replays the sessions whose hash mod `count` is `index`. */
export interface Shard {
  index: number
  count: number
}

/** Parses `--shard i/n` (0 <= i < n). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (match === null || count < 1 || index >= count) {
    throw new ShopsimError(
      'E_USAGE',
      `--shard must be i/n with 0 <= i < n, not ${JSON.stringify(text)}`,
      'For four machines pass --shard 0/4, --shard 1/4, --shard 2/4 and --shard 3/4.',
    )
  }
  return { index, count }
}

/** By the id's hash, not its position, so a shard holds the same sessions whatever else is selected. */
export function inShard(sessionId: string, shard: Shard | undefined): boolean {
  return shard === undefined || hashText(sessionId) % shard.count === shard.index
}

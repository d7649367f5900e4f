import type { ExportSplit } from '../../traces/export/index.js'
import { hashText, mixSeed } from '../../traces/seeded-random.js'
import { DEFAULT_SPLIT_RATIO } from './export-options.js'

/**
 * The split a session's examples go to. With a ratio, a seeded hash of the session id decides (so a
 * session's steps never straddle splits, and the same seed gives the same split); without one, the
 * session's own split (OPeRA's train / test), or the default ratio when it has none.
 */
export function assignSplit(
  session: { id: string; split?: string | undefined },
  ratio: number | null,
  seed: number,
): ExportSplit {
  if (ratio === null && (session.split === 'train' || session.split === 'test')) return session.split
  const share = mixSeed(seed, hashText(session.id)) / 2 ** 32
  return share < (ratio ?? DEFAULT_SPLIT_RATIO) ? 'train' : 'test'
}

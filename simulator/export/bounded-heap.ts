import { setFlagsFromString } from 'node:v8'

/** The old generation may grow to 2x what survived the last full collection (V8's own factor is up to 4x). */
const EXPORT_HEAP_GROWING_PERCENT = 100

let running = 0

/**
 * Runs an export with V8's heap growth capped. An export turns over about a megabyte of page text per example
 * (decoded HTML, the rendered prompt, its JSON), nearly all of it garbage at once; with V8's default factor
 * that garbage waited for a full collection in a heap grown to four times the live set, and peak RSS swung
 * between 420 and 510 MB from run to run on the 2,000-step bench. Capped, it stays between 350 and 400 MB, with no
 * measurable change in time. The flag is process-wide: it is set while any export runs and V8's dynamic
 * factor (0) comes back when the last one ends.
 */
export async function withBoundedHeapGrowth<T>(work: () => Promise<T>): Promise<T> {
  if (running++ === 0) setFlagsFromString(`--heap-growing-percent=${EXPORT_HEAP_GROWING_PERCENT}`)
  try {
    return await work()
  } finally {
    if (--running === 0) setFlagsFromString('--heap-growing-percent=0')
  }
}

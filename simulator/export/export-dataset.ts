import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import sharp from 'sharp'
import {
  checkDestination,
  commitWorkDir,
  type ExportManifest,
  MANIFEST_FILE,
  MANIFEST_KIND,
  manifestText,
  openWorkDir,
  readManifest,
} from '../../traces/export/index.js'
import { findToolVersion } from '../../traces/tool-version.js'
import { createProgress } from '../replay/progress.js'
import { openSessionSource, type SessionSource } from '../replay/session-source.js'
import { withBoundedHeapGrowth } from './bounded-heap.js'
import { type ExamplesOutcome, exportExamples } from './export-examples.js'
import { exportOpera } from './export-opera.js'
import {
  DEFAULT_CONCURRENCY,
  type ExportOptions,
  type ResolvedExportOptions,
  resolveExportOptions,
} from './export-options.js'

export interface ExportResult {
  out: string
  manifest: ExportManifest
  /** True when an interrupted export was continued. */
  resumed: boolean
  /** True when `--resume` found the same export already complete and did nothing. */
  alreadyComplete: boolean
}

const EXPORT_VERSION = 1

function selectionSummary(options: ExportOptions): Record<string, unknown> {
  const s = options.selection ?? {}
  return {
    ...(s.split !== undefined && { split: s.split }),
    ...(s.shard !== undefined && { shard: `${s.shard.index}/${s.shard.count}` }),
    ...(s.limit !== undefined && { limit: s.limit }),
    ...(s.ids !== undefined && { sessions: s.ids.size }),
  }
}

/** What the output depends on: any change gives another fingerprint, and `--resume` refuses to mix them. */
function fingerprintOf(
  options: ResolvedExportOptions,
  selection: Record<string, unknown>,
  source: SessionSource,
  toolVersion: string,
): string {
  const ids = createHash('sha256').update(source.ids.join('\n')).digest('hex')
  const identity = { EXPORT_VERSION, toolVersion, options, selection, origin: source.origin, ids }
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex')
}

/**
 * `shopsim export`: turns an OPeRA dataset or a run directory into training files for one framework, with
 * a manifest beside them. Built in a hidden folder next to `out` and renamed into place at the end, so an
 * interrupted export never leaves half a file at the destination; `resume` continues one.
 */
export async function exportDataset(input: ExportOptions): Promise<ExportResult> {
  const options = resolveExportOptions(input)
  // Each screenshot is encoded once, so libvips' operation cache (up to 50 MB of pixels by default) only
  // holds memory that the export's bounded-memory promise has to count.
  sharp.cache(false)
  const selection = selectionSummary(input)
  const source = await openSessionSource(input.source, input.selection ?? {})
  const toolVersion = findToolVersion()
  const fingerprint = fingerprintOf(options, selection, source, toolVersion)

  const destination = await checkDestination(input.out)
  if (input.resume === true && destination === 'export') {
    const existing = await readManifest(input.out)
    if (existing?.fingerprint === fingerprint)
      return { out: resolve(input.out), manifest: existing, resumed: true, alreadyComplete: true }
  }
  const work = await openWorkDir(input.out, fingerprint, input.resume === true)
  const clock = input.clock ?? (() => Date.now())
  const progress = createProgress(input.progress, clock, 'export')
  progress.update({ sessionsTotal: source.ids.length })

  const run = { work, source, options, progress, ...(input.signal !== undefined && { signal: input.signal }) }
  const outcome: ExamplesOutcome = await withBoundedHeapGrowth(() =>
    options.format === 'opera'
      ? exportOpera(run)
      : exportExamples({
          ...run,
          format: options.format,
          concurrency: Math.max(1, input.concurrency ?? DEFAULT_CONCURRENCY),
          ...(input.onExample !== undefined && { onExample: input.onExample }),
        }),
  )
  const manifest: ExportManifest = {
    kind: MANIFEST_KIND,
    version: 1,
    toolVersion,
    format: options.format,
    fingerprint,
    source: { origin: source.origin, kind: source.kind, sessions: source.ids.length },
    options: { ...options, selection },
    counts: outcome.counts,
    files: outcome.files,
    ...(outcome.images !== undefined && { images: outcome.images }),
  }
  await writeFile(join(work.path, MANIFEST_FILE), manifestText(manifest))
  await commitWorkDir(work)
  return { out: work.out, manifest, resumed: work.resumed, alreadyComplete: false }
}

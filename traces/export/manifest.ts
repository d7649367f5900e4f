import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_KIND = 'shopsim-export'

const WrittenFileSchema = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  rows: z.number().int().nonnegative().optional(),
})

/**
 * What an export holds, beside it: the options, counts, and every file's size and SHA-256. It has no
 * timestamp, so the same input and options give the same manifest, byte for byte.
 */
export const ExportManifestSchema = z.object({
  kind: z.literal(MANIFEST_KIND),
  version: z.literal(1),
  toolVersion: z.string(),
  format: z.string(),
  /** Hash of the format, options, source and tool version: `--resume` continues only a matching export. */
  fingerprint: z.string(),
  source: z.object({ origin: z.string(), kind: z.string(), sessions: z.number().int().nonnegative() }),
  options: z.record(z.string(), z.unknown()),
  counts: z.record(z.string(), z.unknown()),
  files: z.array(WrittenFileSchema),
  images: z.object({ count: z.number().int().nonnegative(), sha256: z.string() }).optional(),
})
export type ExportManifest = z.infer<typeof ExportManifestSchema>

export function manifestText(manifest: ExportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`
}

/** The manifest of an export directory, or undefined when there is none or it is not ours. */
export async function readManifest(dir: string): Promise<ExportManifest | undefined> {
  try {
    const parsed = ExportManifestSchema.safeParse(
      JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')),
    )
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

import type { ChunkTable } from '../chunks.js'
import type { ExportExample, ExportSplit } from '../example.js'
import type { PromptParts } from '../prompt-parts.js'

export const EXAMPLE_FORMATS = ['sft-openai', 'sft-sharegpt', 'rl-verl', 'rl-trl', 'rollouts'] as const
export type ExampleFormat = (typeof EXAMPLE_FORMATS)[number]

export interface ExporterSettings {
  /** Screenshots were asked for (an example may still have none: see `ExportExample.screenshot`). */
  image: boolean
  /** The table kind where a format offers both (rl-trl); the others ignore it. */
  table: 'parquet' | 'jsonl'
}

/** A table every split writes; chunks of it are merged into `file(split)` at the end. */
export type ExportTable = ChunkTable & { fileName: (split: ExportSplit) => string }

export interface ExampleRowInput {
  example: ExportExample
  parts: PromptParts
  /** The example's image files, relative to the export, when the format stores images as files. */
  imagePaths: readonly string[]
}

export interface ExampleExporter {
  format: ExampleFormat
  /** What a trainer gets, for --help and the manifest. */
  description: string
  tables(settings: ExporterSettings): ExportTable[]
  /** True when images are files under `images/` that rows name; false when rows carry them. */
  imageFiles(settings: ExporterSettings): boolean
  /** One row per table key. */
  rows(input: ExampleRowInput, settings: ExporterSettings): Record<string, unknown>
  /** Files that describe the written tables, e.g. LLaMA-Factory's dataset_info.json. */
  describeFiles?(written: readonly { split: ExportSplit; file: string }[]): { path: string; text: string }[]
}

/** Identity, so every format declares the same shape and the registry stays a plain map. */
export function defineExporter(exporter: ExampleExporter): ExampleExporter {
  return exporter
}

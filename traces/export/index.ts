export { assembleTable } from './assemble.js'
export { addCounters, ChunkedSplit, type ChunkLimits, type ChunkTable, type Counters } from './chunks.js'
export { llamaFactoryDatasetInfo } from './dataset-info.js'
export {
  EXPORT_SPLITS,
  type ExportContentPart,
  type ExportExample,
  type ExportMessage,
  type ExportSplit,
  type GroundTruth,
  RATIONALE_SOURCES,
  type RationaleSource,
  SCREENSHOT_STATES,
  type ScreenshotState,
} from './example.js'
export { digestTree, fileDigest } from './file-digest.js'
export {
  defineExporter,
  EXAMPLE_FORMATS,
  type ExampleExporter,
  type ExampleFormat,
  type ExampleRowInput,
  type ExporterSettings,
  type ExportTable,
} from './formats/define-exporter.js'
export { EXAMPLE_EXPORTERS } from './formats/registry.js'
export { VERL_ABILITY, VERL_DATA_SOURCE } from './formats/rl-verl.js'
export { IMAGES_DIR, ImageStore, imageInventory, sweepImageTemps } from './image-store.js'
export {
  type ExportManifest,
  ExportManifestSchema,
  MANIFEST_FILE,
  MANIFEST_KIND,
  manifestText,
  readManifest,
} from './manifest.js'
export { mergeParquetParts } from './parquet-merge.js'
export { PARQUET_WRITE, ParquetPart } from './parquet-part.js'
export { type Field, tableSchema } from './parquet-schema.js'
export {
  countPlaceholders,
  escapePlaceholders,
  IMAGE_PLACEHOLDER,
  withImagePlaceholders,
} from './placeholders.js'
export { type PromptImage, type PromptParts, promptParts } from './prompt-parts.js'
export { CHUNKS_DIR, checkDestination, commitWorkDir, openWorkDir, type WorkDir } from './work-dir.js'
export type { WrittenFile } from './written-file.js'

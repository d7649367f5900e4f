export { type ExportResult, exportDataset } from './export-dataset.js'
export {
  DEFAULT_CHUNK_ROWS,
  DEFAULT_SPLIT_RATIO,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  RATIONALE_MODES,
  type RationaleMode,
  type ResolvedExportOptions,
  resolveExportOptions,
} from './export-options.js'
export { chooseRationale } from './rationale-choice.js'
export { type ExampleJob, renderExample } from './render-example.js'
export { assignSplit } from './split-assignment.js'

export * from './columns.js'
export { parseCsv } from './csv.js'
export { datasetCard } from './dataset-card.js'
export { type DatasetLayout, detectLayout, type LayoutKind } from './layout.js'
export { LOAD_ISSUE_CODES, type LoadIssue, type LoadIssueCode, LoadReport } from './load-report.js'
export { presentString } from './missing.js'
export {
  type OperaUserRow,
  personaFromSurvey,
  personaFromUserRow,
  surveyFromPersona,
} from './persona-survey.js'
export {
  type OpenOperaOptions,
  type OperaDataset,
  openOperaDataset,
  type SessionIndexEntry,
  type StreamOptions,
  userIdOfSession,
} from './reader.js'
export { isSafeImageName, rowToStep } from './row-to-step.js'
export { type DatasetStats, type Percentiles, StatsCollector } from './stats.js'
export { stepToRow } from './step-to-row.js'
export { type SplitSummary, type WriteOperaOptions, type WriteSummary, writeOperaDataset } from './writer.js'

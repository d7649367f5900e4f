export {
  type FidelityReport,
  FidelityTally,
  type GroundingCounts,
  RENDER_WARNING_CODE,
  type SessionFailure,
} from './fidelity-report.js'
export { formatFidelityReport } from './format-report.js'
export {
  type LiveCheckOptions,
  type LiveCheckReport,
  type LiveCheckSession,
  type LiveCheckStep,
  recordedStoreSeed,
  replayLiveCheck,
} from './live-check.js'
export { createProgress, type Progress, type ProgressStream } from './progress.js'
export { REPORT_FILE, type ReplayDatasetOptions, type ReplayResult, replayDataset } from './replay-dataset.js'
export type { BeforeStepHook } from './replay-session.js'
export { openSessionSource, type SessionSelection, type SessionSource } from './session-source.js'
export { inShard, parseShard, type Shard } from './shard.js'
export { somFilePaths } from './step-files.js'

export { REDACTED } from './page-messages.js'
export {
  DEFAULT_RATIONALE_TIMEOUT_MS,
  dialogRationalePrompt,
  type RationaleAnswer,
  type RationalePrompt,
  type RationaleRequest,
  wantsRationale,
} from './rationale-prompt.js'
export type { RecordingEvent } from './recording-events.js'
export { ANONYMOUS_USER, recordingPersona } from './recording-persona.js'
export { isSecretField } from './secret-fields.js'
export {
  type Recording,
  type RecordingOptions,
  type RecordingResult,
  type RecordingTiming,
  startRecording,
} from './start-recording.js'

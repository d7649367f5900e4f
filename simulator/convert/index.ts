export { closingTerminate, needsClosingTerminate } from './closing-terminate.js'
export {
  CONVERTED_SESSIONS_FILE,
  type ConvertedSession,
  ConvertedSessionSchema,
  readConvertedSessions,
} from './converted-sessions.js'
export { operaSessionId, operaTime } from './opera-session-id.js'
export { PurchaseProducts } from './purchase-products.js'
export type { ScreenshotEncoding } from './reencode-screenshot.js'
export { type RunToOperaOptions, type RunToOperaResult, runToOpera } from './run-to-opera.js'

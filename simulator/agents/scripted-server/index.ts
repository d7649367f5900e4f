export {
  type AnswerRule,
  actionAnswer,
  firstNameAnswer,
  fixedAnswer,
  oracleAnswer,
  oracleMarker,
  scriptedAnswers,
} from './answer-rules.js'
export type { ChatRequest, ScriptedRequest } from './chat-request.js'
export type { ScriptedAnswer, ScriptedTokenLogprob } from './completion-body.js'
export { FAULT_KINDS, type FaultKind, type FaultPlan, RETRYABLE_FAULT_KINDS } from './fault-plan.js'
export {
  type RecordedRequest,
  type RequestOutcome,
  type ScriptedServer,
  type ScriptedServerOptions,
  type ScriptedServerStats,
  startScriptedServer,
} from './start-scripted-server.js'

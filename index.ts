// The library API: `import { replay, predict, run, score, exportDataset } from 'shopsim'`, and the parts they
// are made of (datasets, the store, browsers, policies, rewards) for anyone building their own loop.

export {
  type BrowserPool,
  createBrowserPool,
  findChromium,
  launchChromium,
} from './environments/browser/index.js'
export {
  type ActResult,
  type LiveEnvironment,
  type LiveEnvironmentOptions,
  type LiveObservation,
  openLiveEnvironment,
} from './environments/live.js'
export { AMAZON_RECIPES } from './environments/recipes/index.js'
export {
  openStepRenderer,
  type ReplayedStep,
  type ReplayOptions,
  type StepRenderer,
} from './environments/replay/index.js'
export {
  defineRecipe,
  type Recipe,
  type SimplifiedPage,
  simplifyHtml,
  simplifyPage,
} from './environments/simplify/index.js'
export { type Store, type StoreOptions, startStore } from './environments/store/index.js'
export * from './rewards/index.js'
export {
  computeMetrics,
  type MetricsReport,
  type PredictionsScore,
  scorePredictions,
} from './rewards/metrics/index.js'
export { startRewardService } from './rewards/service/index.js'
export {
  createPolicy,
  POLICY_NAMES,
  type PolicyName,
  type PolicySettings,
} from './simulator/agents/create-policy.js'
export { createHeuristicPolicy } from './simulator/agents/heuristic/index.js'
export { createOpenAIPolicy, resolveEndpoint } from './simulator/agents/openai/index.js'
export { createOraclePolicy } from './simulator/agents/oracle.js'
export type { DecisionContext, PersonaMode, Policy, ShoppingIntent } from './simulator/agents/policy.js'
export { createRandomPolicy } from './simulator/agents/random.js'
export { startScriptedServer } from './simulator/agents/scripted-server/index.js'
export {
  type PredictOptions,
  predict,
  type ReplayOptions as ReplayRunOptions,
  type RunOptions,
  replay,
  run,
  type ScoreOptions,
  score,
} from './simulator/api.js'
export { type ExportOptions, type ExportResult, exportDataset } from './simulator/export/index.js'
export { predictDataset } from './simulator/predict/index.js'
export { renderPrompt } from './simulator/prompts/index.js'
export { replayDataset, replayLiveCheck } from './simulator/replay/index.js'
export { runLive } from './simulator/runner/index.js'
export { generateTasks } from './simulator/tasks/index.js'
export * from './traces/index.js'

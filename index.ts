// The library API: `import { openOperaDataset, startStore, openLiveEnvironment, ... } from 'shopsim'`.

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
export { replayDataset, replayLiveCheck } from './simulator/replay/index.js'
export * from './traces/index.js'

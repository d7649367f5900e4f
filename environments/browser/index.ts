export { describeExecResult, type Exec, type ExecOptions, type ExecResult, spawnExec } from './exec.js'
export {
  CHROMIUM_ENV,
  type ChromiumSource,
  type FindChromiumOptions,
  type FoundChromium,
  findChromium,
  SYSTEM_CHROMIUM_NAMES,
  tryFindChromium,
} from './find-chromium.js'
export {
  type EnsureResult,
  ensureChromium,
  hostInstallDeps,
  type InstallDeps,
} from './install-chromium.js'
export {
  browserVersion,
  CHROMIUM_FLAGS,
  chromiumArgs,
  type LaunchChromiumOptions,
  launchChromium,
} from './launch.js'
export { type BrowserPool, type BrowserPoolOptions, createBrowserPool, type PooledContext } from './pool.js'

export { openStepRenderer } from './step-renderer.js'
export type { ReplayedStep, ReplayOptions, SomMark, StepRenderer } from './types.js'

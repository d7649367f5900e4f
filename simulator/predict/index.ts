export {
  type PredictDatasetOptions,
  type PredictResult,
  predictDataset,
  type StepFailure,
} from './predict-dataset.js'
export { goldOf, isPredictable, predictedStepRecord } from './predict-step.js'

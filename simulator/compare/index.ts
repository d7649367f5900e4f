export {
  type BehaviourProfile,
  ProfileBuilder,
  type ProfiledSession,
  STEP_BUCKETS,
  type StepsSummary,
} from './behaviour-profile.js'
export {
  type BehaviourComparison,
  compareBehaviour,
  type DistributionComparison,
} from './compare-behaviour.js'
export { formatComparison } from './format-comparison.js'
export { jensenShannonDistance, type Weights } from './js-distance.js'
export { measureBehaviour } from './measure-behaviour.js'
export { operaPublishedProfile, UNPUBLISHED_CLICK_TYPES } from './opera-published.js'

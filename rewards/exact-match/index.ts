export { DEFAULT_TEXT_THRESHOLD, type ExactOptions, exactMatch, exactReward } from './exact-match.js'

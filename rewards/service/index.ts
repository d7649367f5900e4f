export { DEFAULT_SERVICE_REWARD, scoreBatch } from './score-batch.js'
export { MAX_BATCH_ITEMS, type ScoreItem, type ScoreRequest, ScoreRequestSchema } from './score-request.js'
export { type RewardService, type RewardServiceOptions, startRewardService } from './start-reward-service.js'

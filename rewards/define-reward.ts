import type { TokenLogprob } from '../traces/schema/prediction.js'
import type { Score } from '../traces/schema/score.js'
import type { GoldAction } from './parse/parse-gold.js'

export interface RewardInput {
  completion: string
  gold: GoldAction
  logprobs?: TokenLogprob[]
  logits?: number[][]
}

export interface RewardDefinition<O> {
  name: 'shop-r1' | 'customer-r1' | 'exact' | string
  defaults: O
  /** Never throws; Score.options lists every option used. */
  score(input: RewardInput, options?: Partial<O>): Score
}

/** Identity, so every reward declares the same shape. */
export function defineReward<O>(def: RewardDefinition<O>): RewardDefinition<O> {
  return def
}

/** Defaults overlaid with the caller's options, dropping undefined so a default is never erased. */
export function resolveOptions<O extends object>(defaults: O, options: Partial<O> | undefined): O {
  // Scoring runs per pair in hot loops: without overrides the (frozen) defaults are used as they are.
  if (options === undefined) return defaults
  const resolved = { ...defaults }
  if (options) {
    for (const [key, value] of Object.entries(options)) {
      if (value !== undefined) (resolved as Record<string, unknown>)[key] = value
    }
  }
  return resolved
}

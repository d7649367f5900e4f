import { canonicalActionType } from '../../traces/schema/action.js'
import type { Score } from '../../traces/schema/score.js'
import { defineReward, type RewardInput, resolveOptions } from '../define-reward.js'
import { parseCompletionShape, type RawAction } from '../parse/parse-completion.js'
import type { GoldAction } from '../parse/parse-gold.js'
import { rougeL } from '../rouge-l.js'
import { selfCertainty } from './self-certainty.js'

/** Every constant of Shop-R1 (arXiv 2507.17842) and every choice it leaves open, with the paper's default. */
export interface ShopR1Options {
  formatReward: number
  /** α: weight of the rationale self-certainty. */
  rationaleWeight: number
  /** 'off' drops the component even when logprobs exist (the paper's "no rationale reward" ablation). */
  selfCertainty: 'auto' | 'off'
  typeReward: number
  clickNameReward: number
  inputNameReward: number
  inputTextReward: number
  /** Weight of ROUGE-L(name) for type_and_submit. */
  inputNameSimilarityWeight: number
  /** DARS: difficulty-aware reward scaling of the long-text terms. */
  dars: number
  rougeThreshold: number
  /** Open: whether the threshold gates every text term or only the DARS-scaled ones. */
  thresholdEveryTextTerm: boolean
  /** Open: "similar meaning" for exact match, as ROUGE-L on the typed text. */
  exactTextThreshold: number
}

export const SHOP_R1_DEFAULTS: Readonly<ShopR1Options> = Object.freeze({
  formatReward: 0.5,
  rationaleWeight: 0.005,
  selfCertainty: 'auto',
  typeReward: 0.3,
  clickNameReward: 0.2,
  inputNameReward: 0.1,
  inputTextReward: 0.1,
  inputNameSimilarityWeight: 0.1,
  dars: 1000,
  rougeThreshold: 0.75,
  thresholdEveryTextTerm: true,
  exactTextThreshold: 0.75,
})

/** Every component at zero, as a fresh literal: this runs per pair, and a literal is one allocation. */
const zeroComponents = () => ({ format: 0, type: 0, name: 0, text: 0, nameSimilarity: 0, textSimilarity: 0 })
type Components = ReturnType<typeof zeroComponents> & { rationale?: number }

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== ''

export function scoreShopR1(input: RewardInput, options?: Partial<ShopR1Options>): Score {
  const opts = resolveOptions(SHOP_R1_DEFAULTS, options)
  const components: Components = zeroComponents()
  const flags: string[] = []
  const absent: string[] = []
  const exactMatch = creditShopR1(input, opts, components, flags, absent)
  return {
    reward: 'shop-r1',
    total:
      components.format +
      (components.rationale ?? 0) +
      components.type +
      components.name +
      components.text +
      components.nameSimilarity +
      components.textSimilarity,
    components,
    absent,
    flags,
    options: opts as Record<string, unknown>,
    exactMatch,
  }
}

/** Fills in the components (and flags / absent ones); returns whether the action is an exact match. */
function creditShopR1(
  input: RewardInput,
  opts: ShopR1Options,
  components: Components,
  flags: string[],
  absent: string[],
): boolean {
  const shape = parseCompletionShape(input.completion, 'strict')
  if (!shape.ok) {
    flags.push('invalid-format')
    return false
  }
  components.format = opts.formatReward

  const certainty =
    opts.selfCertainty === 'off' ? undefined : selfCertainty(input.completion, input.logprobs, input.logits)
  if (certainty) {
    components.rationale = opts.rationaleWeight * certainty.value
    if (certainty.source === 'top-k') flags.push('self-certainty-top-k-approximation')
    if (certainty.span === 'all-tokens') flags.push('self-certainty-all-tokens')
  } else absent.push('rationale')

  const predType = shape.action.type === undefined ? undefined : canonicalActionType(shape.action.type)
  if (predType !== input.gold.type) {
    flags.push('type-mismatch')
    return false
  }
  components.type = opts.typeReward
  return TYPE_CREDIT[input.gold.type](shape.action, input.gold, components, opts)
}

/** Credit beyond the type, per action type; returns whether the action is an exact match. */
type TypeCredit = (pred: RawAction, gold: GoldAction, components: Components, opts: ShopR1Options) => boolean

const TYPE_CREDIT = {
  terminate: () => true,
  click(pred, gold, components, opts) {
    if (!present(pred.name)) return false
    components.name = opts.clickNameReward
    components.nameSimilarity = opts.dars * gated(rougeL(pred.name, gold.name ?? ''), opts.rougeThreshold)
    return pred.name === gold.name
  },
  input(pred, gold, components, opts) {
    if (present(pred.name)) {
      components.name = opts.inputNameReward
      const similarity = rougeL(pred.name, gold.name ?? '')
      const counted = opts.thresholdEveryTextTerm ? gated(similarity, opts.rougeThreshold) : similarity
      components.nameSimilarity = opts.inputNameSimilarityWeight * counted
    }
    if (!present(pred.text)) return false
    components.text = opts.inputTextReward
    const textSimilarity = rougeL(pred.text, gold.text ?? '')
    components.textSimilarity = opts.dars * gated(textSimilarity, opts.rougeThreshold)
    return pred.name === gold.name && textSimilarity >= opts.exactTextThreshold
  },
} satisfies Record<GoldAction['type'], TypeCredit>

/** ROUGE-L counts only at or above the threshold. */
function gated(similarity: number, threshold: number): number {
  return similarity >= threshold ? similarity : 0
}

export const shopR1Reward = defineReward<ShopR1Options>({
  name: 'shop-r1',
  defaults: SHOP_R1_DEFAULTS,
  score: scoreShopR1,
})

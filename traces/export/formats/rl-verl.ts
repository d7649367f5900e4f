import type { ExportSplit } from '../example.js'
import { IMAGE_STRUCT, int64, list, MESSAGE_STRUCT, string, struct, tableSchema } from '../parquet-schema.js'
import { escapePlaceholders, withImagePlaceholders } from '../placeholders.js'
import { defineExporter } from './define-exporter.js'

/** verl's `data_source`: what `compute_score` receives to pick a scorer (ours scores every row alike). */
export const VERL_DATA_SOURCE = 'shopsim'
export const VERL_ABILITY = 'web_shopping'

const EXTRA_INFO = struct([
  ['split', string()],
  ['index', int64()],
  ['session_id', string()],
  ['step', int64()],
  ['user_id', string()],
  ['action_type', string()],
  ['click_type', string(true)],
  ['rationale_source', string()],
])

function verlSchema(image: boolean) {
  return tableSchema([
    ['data_source', string()],
    ['prompt', list(MESSAGE_STRUCT)],
    ['ability', string()],
    [
      'reward_model',
      struct([
        ['style', string()],
        ['ground_truth', string()],
      ]),
    ],
    ['extra_info', EXTRA_INFO],
    ...(image ? ([['images', list(IMAGE_STRUCT)]] as const) : []),
  ])
}

/**
 * verl's RL Parquet: the five fields (`data_source`, `prompt`, `ability`, `reward_model {style: rule,
 * ground_truth}`, `extra_info`) and, with images, `images` as `{bytes, path}` structs that the prompt's
 * `<image>` placeholders consume in order. `ground_truth` is the gold action with its click type as JSON,
 * what `integrations/shopsim_reward.py` sends to the reward service.
 */
export const rlVerl = defineExporter({
  format: 'rl-verl',
  description: 'verl RL Parquet: data_source, prompt, ability, reward_model, extra_info (+ images)',
  tables: (settings) => [
    {
      key: 'rows',
      file: 'rows.parquet',
      kind: 'parquet',
      uncompressed: ['images'],
      schema: verlSchema(settings.image),
      fileName: (split: ExportSplit) => `${split}.parquet`,
    },
  ],
  imageFiles: () => false,
  rows: ({ example, parts }, settings) => {
    const images = parts.image === undefined ? [] : [{ bytes: parts.image.bytes, path: null }]
    const gold = example.groundTruth
    return {
      rows: {
        data_source: VERL_DATA_SOURCE,
        prompt: [
          { role: 'system', content: escapePlaceholders(parts.system) },
          { role: 'user', content: withImagePlaceholders(parts.user, images.length) },
        ],
        ability: VERL_ABILITY,
        reward_model: { style: 'rule', ground_truth: JSON.stringify(gold) },
        extra_info: {
          split: example.split,
          index: BigInt(example.index),
          session_id: example.sessionId,
          step: BigInt(example.step),
          user_id: example.userId,
          action_type: gold.type,
          click_type: gold.click_type ?? null,
          rationale_source: example.rationaleSource,
        },
        ...(settings.image && { images }),
      },
    }
  },
})

import type { ExportSplit } from '../example.js'
import { IMAGE_STRUCT, int64, list, MESSAGE_STRUCT, string, tableSchema } from '../parquet-schema.js'
import { escapePlaceholders } from '../placeholders.js'
import { defineExporter, type ExporterSettings } from './define-exporter.js'

function trlSchema(image: boolean) {
  return tableSchema([
    ['prompt', list(MESSAGE_STRUCT)],
    ['ground_truth', string()],
    ...(image ? ([['images', list(IMAGE_STRUCT)]] as const) : []),
    ['split', string()],
    ['index', int64()],
    ['session_id', string()],
    ['step', int64()],
    ['user_id', string()],
  ])
}

const jsonl = (settings: ExporterSettings) => settings.table === 'jsonl'

/**
 * TRL's GRPOTrainer dataset: a conversational `prompt` (system + user, no placeholders: TRL inserts the
 * image parts itself), `ground_truth` (the gold action as JSON; TRL hands every extra column to reward
 * functions as a keyword argument) and, with images, `images`: `{bytes, path}` structs in Parquet, or
 * file paths under `images/` in JSONL.
 */
export const rlTrl = defineExporter({
  format: 'rl-trl',
  description: 'TRL GRPO prompt + ground_truth (+ images), Parquet (default) or JSONL',
  tables: (settings) => [
    jsonl(settings)
      ? { key: 'rows', file: 'rows.jsonl', kind: 'jsonl', fileName: (split: ExportSplit) => `${split}.jsonl` }
      : {
          key: 'rows',
          file: 'rows.parquet',
          kind: 'parquet',
          uncompressed: ['images'],
          schema: trlSchema(settings.image),
          fileName: (split: ExportSplit) => `${split}.parquet`,
        },
  ],
  imageFiles: jsonl,
  rows: ({ example, parts, imagePaths }, settings) => {
    const parquet = !jsonl(settings)
    const images =
      parts.image === undefined ? [] : parquet ? [{ bytes: parts.image.bytes, path: null }] : imagePaths
    const index = parquet ? BigInt(example.index) : example.index
    const step = parquet ? BigInt(example.step) : example.step
    return {
      rows: {
        prompt: [
          { role: 'system', content: escapePlaceholders(parts.system) },
          { role: 'user', content: escapePlaceholders(parts.user) },
        ],
        ground_truth: JSON.stringify(example.groundTruth),
        ...(settings.image && { images }),
        split: example.split,
        index,
        session_id: example.sessionId,
        step,
        user_id: example.userId,
      },
    }
  },
})

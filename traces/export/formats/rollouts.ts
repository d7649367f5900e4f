import type { ExportSplit } from '../example.js'
import { escapePlaceholders, withImagePlaceholders } from '../placeholders.js'
import { defineExporter } from './define-exporter.js'

/**
 * Every recorded click / input / terminate step with the prompt, the gold answer, and, from a predict
 * run, the policy's raw output, parsed action and every reward component (with the options that produced
 * them): for analysis and offline RL. Steps the run did not predict have `prediction` and `score` null.
 */
export const rollouts = defineExporter({
  format: 'rollouts',
  description: 'JSONL of every step: prompt, gold, target, prediction and every reward component',
  tables: () => [
    { key: 'rows', file: 'rows.jsonl', kind: 'jsonl', fileName: (split: ExportSplit) => `${split}.jsonl` },
  ],
  imageFiles: () => true,
  rows: ({ example, parts, imagePaths }) => ({
    rows: {
      split: example.split,
      index: example.index,
      session_id: example.sessionId,
      step: example.step,
      user_id: example.userId,
      prompt: [
        { role: 'system', content: escapePlaceholders(parts.system) },
        { role: 'user', content: withImagePlaceholders(parts.user, imagePaths.length) },
      ],
      images: imagePaths,
      ground_truth: example.groundTruth,
      target: example.target,
      rationale_source: example.rationaleSource,
      prediction: example.prediction ?? null,
      score: example.score ?? null,
    },
  }),
})

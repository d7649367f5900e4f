import type { ExportExample, ExportSplit } from '../example.js'
import type { ExportTable } from './define-exporter.js'

/**
 * `<split>.meta.jsonl`, line for line beside the SFT files whose own schema has no room for it: where each
 * example came from and how it was made (rationale source, screenshot, what the budget cut).
 */
export const META_TABLE: ExportTable = {
  key: 'meta',
  file: 'meta.jsonl',
  kind: 'jsonl',
  fileName: (split: ExportSplit) => `${split}.meta.jsonl`,
}

export function metaLine(example: ExportExample): Record<string, unknown> {
  return {
    index: example.index,
    session_id: example.sessionId,
    step: example.step,
    user_id: example.userId,
    action_type: example.groundTruth.type,
    click_type: example.groundTruth.click_type ?? null,
    rationale_source: example.rationaleSource,
    screenshot: example.screenshot,
    estimated_tokens: example.estimatedTokens,
    cut: example.cut,
  }
}

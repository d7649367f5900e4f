import type { ExampleExporter, ExampleFormat } from './define-exporter.js'
import { rlTrl } from './rl-trl.js'
import { rlVerl } from './rl-verl.js'
import { rollouts } from './rollouts.js'
import { sftOpenai } from './sft-openai.js'
import { sftSharegpt } from './sft-sharegpt.js'

/** Every format whose rows are rendered examples (the `opera` format writes sessions instead). */
export const EXAMPLE_EXPORTERS = {
  'sft-openai': sftOpenai,
  'sft-sharegpt': sftSharegpt,
  'rl-verl': rlVerl,
  'rl-trl': rlTrl,
  rollouts,
} as const satisfies Record<ExampleFormat, ExampleExporter>

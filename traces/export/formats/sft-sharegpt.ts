import { llamaFactoryDatasetInfo } from '../dataset-info.js'
import type { ExportSplit } from '../example.js'
import { escapePlaceholders, withImagePlaceholders } from '../placeholders.js'
import { defineExporter } from './define-exporter.js'
import { META_TABLE, metaLine } from './meta-sidecar.js'

/**
 * LLaMA-Factory's sharegpt layout with OpenAI role names: `{"messages": [...], "images": [...]}` per
 * line, one `<image>` placeholder per image file (under `images/`), and `dataset_info.json` naming
 * `shopsim_<split>` so `dataset_dir` can point at the export as it is.
 */
export const sftSharegpt = defineExporter({
  format: 'sft-sharegpt',
  description: 'LLaMA-Factory / TRL messages + images JSONL, images/ files, dataset_info.json',
  tables: () => [
    { key: 'rows', file: 'rows.jsonl', kind: 'jsonl', fileName: (split: ExportSplit) => `${split}.jsonl` },
    META_TABLE,
  ],
  imageFiles: () => true,
  rows: ({ example, parts, imagePaths }) => ({
    rows: {
      messages: [
        { role: 'system', content: escapePlaceholders(parts.system) },
        { role: 'user', content: withImagePlaceholders(parts.user, imagePaths.length) },
        { role: 'assistant', content: example.target },
      ],
      images: imagePaths,
    },
    meta: metaLine(example),
  }),
  describeFiles: (written) => [
    {
      path: 'dataset_info.json',
      text: llamaFactoryDatasetInfo(written.map(({ split, file }) => ({ name: `shopsim_${split}`, file }))),
    },
  ],
})

import type { ExportSplit } from '../example.js'
import { defineExporter } from './define-exporter.js'
import { META_TABLE, metaLine } from './meta-sidecar.js'

/**
 * OpenAI chat fine-tuning JSONL (also what vLLM / SGLang / Ollama serve): one `{"messages": [...]}` per
 * line, the prompt exactly as predict sends it (an image as a data-URL part), the answer as the assistant
 * message. Nothing else on the line, since OpenAI's validator knows only `messages`.
 */
export const sftOpenai = defineExporter({
  format: 'sft-openai',
  description: 'OpenAI chat JSONL (messages; images as data URLs), plus <split>.meta.jsonl',
  tables: () => [
    { key: 'rows', file: 'rows.jsonl', kind: 'jsonl', fileName: (split: ExportSplit) => `${split}.jsonl` },
    META_TABLE,
  ],
  imageFiles: () => false,
  rows: ({ example }) => ({
    rows: { messages: [...example.prompt, { role: 'assistant', content: example.target }] },
    meta: metaLine(example),
  }),
})

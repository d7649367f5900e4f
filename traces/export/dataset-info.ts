/**
 * LLaMA-Factory's `dataset_info.json` for sharegpt-style `messages` + `images` files: one entry per file,
 * with the OpenAI role names as tags (LLaMA-Factory's defaults are `from` / `value` / `human` / `gpt`).
 */
export function llamaFactoryDatasetInfo(files: readonly { name: string; file: string }[]): string {
  const entries = Object.fromEntries(
    files.map(({ name, file }) => [
      name,
      {
        file_name: file,
        formatting: 'sharegpt',
        columns: { messages: 'messages', images: 'images' },
        tags: {
          role_tag: 'role',
          content_tag: 'content',
          user_tag: 'user',
          assistant_tag: 'assistant',
          system_tag: 'system',
        },
      },
    ]),
  )
  return `${JSON.stringify(entries, null, 2)}\n`
}

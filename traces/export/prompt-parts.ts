import type { ExportMessage } from './example.js'

export const IMAGE_EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const
export type ImageMime = keyof typeof IMAGE_EXTENSIONS

export interface PromptImage {
  bytes: Buffer
  mime: ImageMime
  ext: (typeof IMAGE_EXTENSIONS)[ImageMime]
}

/** A rendered prompt taken apart for the formats that carry text and images separately. */
export interface PromptParts {
  system: string
  user: string
  image?: PromptImage
}

const DATA_URL = /^data:(image\/[a-z]+);base64,/

function textOf(content: ExportMessage['content']): string {
  if (typeof content === 'string') return content
  return content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n')
}

function imageOf(content: ExportMessage['content']): PromptImage | undefined {
  if (typeof content === 'string') return undefined
  for (const part of content) {
    if (part.type !== 'image_url') continue
    const match = DATA_URL.exec(part.image_url.url)
    const mime = match?.[1]
    if (match === null || mime === undefined || !Object.hasOwn(IMAGE_EXTENSIONS, mime)) {
      throw new Error(`a prompt image must be a data URL of ${Object.keys(IMAGE_EXTENSIONS).join(', ')}`)
    }
    return {
      bytes: Buffer.from(part.image_url.url.slice(match[0].length), 'base64'),
      mime: mime as ImageMime,
      ext: IMAGE_EXTENSIONS[mime as ImageMime],
    }
  }
  return undefined
}

/** The system text, the user text and the user message's image (decoded from its data URL). */
export function promptParts(prompt: readonly ExportMessage[]): PromptParts {
  const system = prompt.find((m) => m.role === 'system')
  const user = prompt.find((m) => m.role === 'user')
  const image = user === undefined ? undefined : imageOf(user.content)
  return {
    system: system === undefined ? '' : textOf(system.content),
    user: user === undefined ? '' : textOf(user.content),
    ...(image !== undefined && { image }),
  }
}

import { z } from 'zod'

const TextPartSchema = z.object({ type: z.literal('text'), text: z.string() })
const ImagePartSchema = z.object({
  type: z.literal('image_url'),
  image_url: z.object({ url: z.string(), detail: z.string().optional() }),
})
/** Parts this server does not interpret (audio, files) are accepted and ignored, as lenient servers do. */
const OtherPartSchema = z.looseObject({ type: z.string() })
const ContentPartSchema = z.union([TextPartSchema, ImagePartSchema, OtherPartSchema])

const MessageSchema = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(ContentPartSchema), z.null()]).optional(),
})

const ResponseFormatSchema = z.looseObject({ type: z.string() })

/** The fields of an OpenAI chat completions request the scripted server reads; others pass through. */
export const ChatRequestSchema = z.looseObject({
  model: z.string(),
  messages: z.array(MessageSchema).min(1),
  max_tokens: z.number().int().positive().nullable().optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
  logprobs: z.boolean().nullable().optional(),
  top_logprobs: z.number().int().min(0).max(20).nullable().optional(),
  response_format: ResponseFormatSchema.nullable().optional(),
  stream: z.boolean().nullable().optional(),
})
export type ChatRequest = z.infer<typeof ChatRequestSchema>
export type ChatRequestMessage = ChatRequest['messages'][number]

/** What an answer rule is given: the parsed body and the parts rules usually look at. */
export interface ScriptedRequest {
  body: ChatRequest
  /** Position of this chat request on the server, from 0; faulted and rejected requests count too. */
  index: number
  /** The text of every message, in order, joined by newlines (image parts left out). */
  allText: string
  /** The text of the last user message. */
  lastUserText: string
  /** The image URLs of every message, in order (data URLs when the client inlines images). */
  imageUrls: string[]
}

function messageText(message: ChatRequestMessage): string {
  const { content } = message
  if (typeof content === 'string') return content
  if (!content) return ''
  return content
    .map((part) => (part.type === 'text' && 'text' in part && typeof part.text === 'string' ? part.text : ''))
    .filter((text) => text !== '')
    .join('\n')
}

function messageImages(message: ChatRequestMessage): string[] {
  if (!Array.isArray(message.content)) return []
  const urls: string[] = []
  for (const part of message.content) {
    const parsed = ImagePartSchema.safeParse(part)
    if (parsed.success) urls.push(parsed.data.image_url.url)
  }
  return urls
}

export function toScriptedRequest(body: ChatRequest, index: number): ScriptedRequest {
  const lastUser = body.messages.findLast((message) => message.role === 'user')
  return {
    body,
    index,
    allText: body.messages.map(messageText).join('\n'),
    lastUserText: lastUser ? messageText(lastUser) : '',
    imageUrls: body.messages.flatMap(messageImages),
  }
}

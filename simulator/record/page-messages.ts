import { z } from 'zod'
import { MousePositionSchema } from '../../traces/schema/index.js'

/** What a typed secret is recorded as; the page replaces the text before it is sent. */
export const REDACTED = '[redacted]'

/**
 * What the in-page recorder reports through its binding. Any script on the page can call the binding,
 * so every message is parsed here, at the boundary; a malformed one is dropped.
 */
export const PageMessageSchema = z.discriminatedUnion('type', [
  /** A trusted click on (or inside) a named element, or a choice in a named `<select>` (its option's name). */
  z.object({
    type: z.literal('click'),
    name: z.string().min(1),
    /** Where the pointer was; absent for keyboard activation and select changes. */
    point: MousePositionSchema.optional(),
  }),
  /** Text submitted (Enter) or committed (change on blur) in a named field. */
  z.object({
    type: z.literal('input'),
    name: z.string().min(1),
    text: z.string(),
    redacted: z.boolean(),
  }),
  /** A click or text entry the recorder could not name: nothing named encloses the target. */
  z.object({ type: z.literal('unnamed'), what: z.enum(['click', 'input']) }),
  /** The page loaded, changed, scrolled or resized, and has been quiet since: time to observe it. */
  z.object({ type: z.literal('changed'), reason: z.enum(['load', 'dom', 'scroll', 'resize']) }),
])
export type PageMessage = z.infer<typeof PageMessageSchema>
export type PageAction = Extract<PageMessage, { type: 'click' | 'input' }>
